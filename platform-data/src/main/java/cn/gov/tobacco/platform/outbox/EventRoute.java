package cn.gov.tobacco.platform.outbox;

/**
 * Where outbox events of one type go instead of the CloudEvents subscribers: an API of
 * their own, e.g. substantiated reports to licensing. A feature declares one as a bean;
 * the {@link RoutingOutboxSink} of the record-keeping auto-configuration takes every
 * route.
 *
 * @param eventType the event type it takes
 * @param sink where it goes
 */
public record EventRoute(String eventType, OutboxSink sink) {

}
