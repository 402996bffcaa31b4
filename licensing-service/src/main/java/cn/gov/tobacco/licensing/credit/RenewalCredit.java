package cn.gov.tobacco.licensing.credit;

import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Writes the TIMELY_RENEWAL record when a renewal is approved: the filing window (no
 * later than 30 days before expiry) is enforced at submission, so every approved renewal
 * was filed on time. At most once per application.
 */
@Component
public class RenewalCredit {

	private final CreditRecords records;

	RenewalCredit(CreditRecords records) {
		this.records = records;
	}

	/** Call it in the approval's transaction. */
	public Mono<Void> renewedOnTime(UUID applicationId, String subject, String creditCode, String idNumber,
			String licenseNo, LocalDate day, String actor) {
		return this.records
			.add(new CreditRecord(UUID.randomUUID(), subject, CreditRecord.Kind.TIMELY_RENEWAL,
					"许可证 " + licenseNo + " 按时申请延续", day, null, "renewal:" + applicationId, false,
					"License " + licenseNo + " renewed on time"), creditCode, idNumber, actor)
			.then();
	}

}
