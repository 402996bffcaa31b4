package cn.gov.tobacco.licensing.credit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One credit record of a retailer. Never deleted; a repair only marks it.
 *
 * @param id the id
 * @param subject the retailer
 * @param kind BREACH, SUBSTANTIATED_REPORT, PENALTY, TIMELY_RENEWAL
 * @param reason why, shown to the retailer
 * @param occurredOn when it happened
 * @param barUntil the end of the bar it started (BREACH), if any
 * @param source where it came from (e.g. {@code complaints-hotline:<event id>})
 * @param repaired whether a clerk granted its repair
 */
record CreditRecord(UUID id, String subject, Kind kind, String reason, LocalDate occurredOn, LocalDate barUntil,
		String source, boolean repaired) {

	enum Kind {

		BREACH, SUBSTANTIATED_REPORT, PENALTY, TIMELY_RENEWAL

	}

}
