package cn.gov.tobacco.licensing.credit;

import java.time.ZoneOffset;

import cn.gov.tobacco.licensing.api.model.CommitmentDto;
import cn.gov.tobacco.licensing.api.model.CommitmentTemplateDto;
import cn.gov.tobacco.licensing.api.model.CreditProfileDto;
import cn.gov.tobacco.licensing.api.model.CreditRecordDto;
import cn.gov.tobacco.licensing.api.model.CreditRecordKindDto;
import cn.gov.tobacco.licensing.api.model.CreditRepairDto;
import cn.gov.tobacco.licensing.api.model.PostVerificationDto;
import cn.gov.tobacco.platform.identifiers.ResidentIdNumber;

/** The credit feature's objects in their API shape. */
final class CreditDtos {

	private CreditDtos() {
	}

	static PostVerificationDto toDto(PostVerificationList.Listed l) {
		return toDto(l.task()).overdue(l.overdue()).businessName(l.businessName());
	}

	/** A task read alone: overdue when still PENDING after its due day. */
	static PostVerificationDto toDto(PostVerifications.Task t, java.time.LocalDate today) {
		return toDto(t).overdue("PENDING".equals(t.status()) && t.dueOn().isBefore(today));
	}

	static CreditRepairDto toDto(CreditRepairList.Listed l) {
		return toDto(l.repair()).subject(l.creditCode())
			.businessName(l.businessName())
			.recordKind(l.recordKind())
			.jurisdiction(l.jurisdiction());
	}

	static PostVerificationDto toDto(PostVerifications.Task t) {
		return new PostVerificationDto().id(t.id())
			.applicationId(t.applicationId())
			.licenseNo(t.licenseNo())
			.jurisdiction(t.jurisdiction())
			.dueOn(t.dueOn())
			.status(PostVerificationDto.StatusEnum.valueOf(t.status()))
			.findings(t.findings())
			.recordedBy(t.recordedBy())
			.retailer(t.subject());
	}

	static CreditRepairDto toDto(CreditRepairs.Repair r) {
		return new CreditRepairDto().id(r.id())
			.recordId(r.recordId())
			.reason(r.reason())
			.status(CreditRepairDto.StatusEnum.valueOf(r.status()))
			.requestedAt(r.requestedAt().atOffset(ZoneOffset.UTC))
			.decidedAt((r.decidedAt() != null) ? r.decidedAt().atOffset(ZoneOffset.UTC) : null)
			.decision(r.decision())
			.retailer(r.subject());
	}

	static CreditProfileDto toDto(CreditService.Profile p, java.util.Locale language) {
		java.time.LocalDate since = p.today().minusYears(CreditGrade.WINDOW_YEARS);
		return new CreditProfileDto().subject(p.subject())
			.grade(CreditProfileDto.GradeEnum.fromValue(p.result().grade()))
			.score(p.result().score())
			.inspectionsPerYear(p.result().inspectionsPerYear())
			.rule(CreditService.RULE.in(language))
			.records(p.records()
				.stream()
				.map((r) -> toDto(r, !r.repaired() && !r.occurredOn().isBefore(since), language))
				.toList());
	}

	static CreditRecordDto toDto(CreditRecord r, Boolean counts, java.util.Locale language) {
		return new CreditRecordDto().id(r.id())
			.kind(CreditRecordKindDto.fromValue(r.kind().name()))
			.reason(r.reasonText().in(language))
			.occurredOn(r.occurredOn())
			.barUntil(r.barUntil())
			.source(r.source())
			.repaired(r.repaired())
			.counts(counts);
	}

	static CommitmentTemplateDto toDto(CommitmentTemplate t) {
		return new CommitmentTemplateDto().code(t.code())
			.version(t.version())
			.titleZh(t.titleZh())
			.textZh(t.textZh())
			.textEn(t.textEn())
			.textSha256(t.textSha256())
			.publishedAt(t.publishedAt().atOffset(ZoneOffset.UTC));
	}

	static CommitmentDto toDto(Commitment c) {
		return new CommitmentDto().id(c.id())
			.applicationId(c.applicationId())
			.templateCode(c.templateCode())
			.templateVersion(c.templateVersion())
			.textSha256(c.textSha256())
			.signerName(c.signerName())
			.signerIdNumber(ResidentIdNumber.mask(c.signerIdNumber()))
			.signedAt(c.signedAt().atOffset(ZoneOffset.UTC))
			.status(CommitmentDto.StatusEnum.valueOf(c.status()))
			.withdrawnAt((c.withdrawnAt() != null) ? c.withdrawnAt().atOffset(ZoneOffset.UTC) : null);
	}

}
