package cn.gov.tobacco.licensing.credit;

import cn.gov.tobacco.licensing.api.model.CreditProfileDto;
import cn.gov.tobacco.licensing.api.model.CreditRecordDto;
import cn.gov.tobacco.licensing.api.model.CreditRecordKindDto;

/** Credit profiles and records in their API shape. */
final class CreditDtos {

	private CreditDtos() {
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

}
