package cn.gov.tobacco.licensing.notices;

import cn.gov.tobacco.platform.problem.Text;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice and its delivery.
 *
 * @param id the id
 * @param applicationId the application it is about, if any
 * @param kind ACCEPTANCE, CORRECTION, EXTENSION, DECISION or LICENSE_EXPIRED
 * @param mobile where the SMS goes
 * @param text the text: the Chinese is what the SMS said
 * @param deliveryStatus PENDING, SENT, FAILED or NO_NUMBER
 * @param attempts delivery attempts so far
 * @param lastError why the last attempt failed
 * @param createdAt when issued
 * @param sentAt when the gateway took it
 */
public record Notice(UUID id, UUID applicationId, String kind, String mobile, Text text, String deliveryStatus,
		int attempts, String lastError, Instant createdAt, Instant sentAt) {

}
