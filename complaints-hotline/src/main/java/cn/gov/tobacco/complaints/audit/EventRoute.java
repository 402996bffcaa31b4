package cn.gov.tobacco.complaints.audit;

import cn.gov.tobacco.platform.outbox.OutboxSink;

/**
 * Where outbox events of one type go instead of the event log, e.g. substantiated reports
 * to licensing. A feature declares one as a bean.
 *
 * @param eventType the event type it takes
 * @param sink where it goes
 */
public record EventRoute(String eventType, OutboxSink sink) {

}
