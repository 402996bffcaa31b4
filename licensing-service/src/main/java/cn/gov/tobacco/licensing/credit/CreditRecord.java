package cn.gov.tobacco.licensing.credit;

import java.time.LocalDate;
import java.util.UUID;

import cn.gov.tobacco.platform.problem.Text;

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
 * @param reasonEn the reason in English, if the writer gave one
 */
public record CreditRecord(UUID id, String subject, Kind kind, String reason, LocalDate occurredOn, LocalDate barUntil,
		String source, boolean repaired, String reasonEn) {

	/** A record whose reason exists only in Chinese (every reader sees the Chinese). */
	CreditRecord(UUID id, String subject, Kind kind, String reason, LocalDate occurredOn, LocalDate barUntil,
			String source, boolean repaired) {
		this(id, subject, kind, reason, occurredOn, barUntil, source, repaired, null);
	}

	/**
	 * The reason in both languages; English falls back to the Chinese where none was
	 * kept.
	 */
	Text reasonText() {
		return Text.of(this.reason, (this.reasonEn != null) ? this.reasonEn : this.reason);
	}

	public enum Kind {

		BREACH, SUBSTANTIATED_REPORT, PENALTY, TIMELY_RENEWAL

	}

}
