package cn.gov.tobacco.licensing.credit;

import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.problem.ApiException;

/**
 * The credit port of supervision: a penalty an APPROVER confirmed after an inspection
 * becomes a PENALTY record of the license's holder (once per visit), in the caller's
 * transaction. A passed inspection writes nothing: the grade rule has no record for it.
 */
@Component
public class InspectionCredit {

	private final CreditRecords records;

	InspectionCredit(CreditRecords records) {
		this.records = records;
	}

	/** Writes the PENALTY record; returns its id. */
	public Mono<UUID> penaltyConfirmed(UUID visitId, String licenseNo, String reason, LocalDate day, String actor) {
		return this.records.holder(licenseNo)
			.switchIfEmpty(Mono.error(() -> ApiException.businessRule("许可证不存在", "No such license")))
			.flatMap((h) -> this.records.add(
					new CreditRecord(UUID.randomUUID(), h.subject(), CreditRecord.Kind.PENALTY,
							"监督检查违规，经审批确认处罚（许可证 " + licenseNo + "）：" + reason, day, null, "inspection:" + visitId,
							false, "Penalty confirmed after an inspection of license " + licenseNo + ": " + reason),
					h.creditCode(), h.idNumber(), actor))
			.map((written) -> written.record().id());
	}

}
