package cn.gov.tobacco.complaints.rewards;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A reward band (举报奖励标准) in force from {@code validFrom} for the cases of a
 * jurisdiction's subtree, of a category and outcome.
 *
 * @param id the row
 * @param jurisdiction the division code whose subtree it covers
 * @param category the category code
 * @param outcome the case outcome
 * @param minAmount the least reward in yuan, inclusive
 * @param maxAmount the greatest reward in yuan, inclusive
 * @param validFrom in force from
 * @param createdBy the ADMIN who set it
 */
public record RewardBand(long id, String jurisdiction, String category, String outcome, BigDecimal minAmount,
		BigDecimal maxAmount, Instant validFrom, String createdBy) {

	public boolean admits(BigDecimal amount) {
		return amount.compareTo(this.minAmount) >= 0 && amount.compareTo(this.maxAmount) <= 0;
	}

	/** How a person reads the band, e.g. {@code 100.00–5000.00 元}. */
	public String range() {
		return this.minAmount.setScale(2) + "–" + this.maxAmount.setScale(2);
	}

}
