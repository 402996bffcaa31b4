package cn.gov.tobacco.complaints.cases;

import java.time.ZoneOffset;

import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.CasePageDto;
import cn.gov.tobacco.complaints.api.model.CaseStateDto;
import cn.gov.tobacco.complaints.api.model.CaseSummaryDto;
import cn.gov.tobacco.complaints.api.model.ChannelDto;
import cn.gov.tobacco.platform.paging.Page;

/**
 * Case summaries as lists show them. Lookups answer "without reporter data": their
 * summaries carry an empty mask.
 */
public final class CaseSummaries {

	private CaseSummaries() {
	}

	/** The summary with the reporter's masked contact (staff lists). */
	public static CaseSummaryDto masked(CaseRow c) {
		return withoutReporter(c).reporterMasked(c.reporterMasked());
	}

	/** The summary without any reporter data, not even masked. */
	public static CaseSummaryDto withoutReporter(CaseRow c) {
		return new CaseSummaryDto().id(c.id())
			.caseNumber(c.caseNumber())
			.kind(CaseKindDto.fromValue(c.kind().name()))
			.channel(ChannelDto.fromValue(c.channel().name()))
			.category(c.category())
			.state(CaseStateDto.fromValue(c.state().name()))
			.urgent(c.urgent())
			.divisionCode(c.divisionCode())
			.receivedAt(c.receivedAt().atOffset(ZoneOffset.UTC))
			.answerDueAt((c.answerDueAt() != null) ? c.answerDueAt().atOffset(ZoneOffset.UTC) : null)
			.reporterMasked("");
	}

	/** A page of summaries with the reporter's masked contact (staff lists). */
	public static CasePageDto page(Page<CaseRow> page) {
		return dto(page.map(CaseSummaries::masked));
	}

	/** A page of summaries without reporter data. */
	public static CasePageDto pageWithoutReporter(Page<CaseRow> page) {
		return dto(page.map(CaseSummaries::withoutReporter));
	}

	private static CasePageDto dto(Page<CaseSummaryDto> page) {
		return new CasePageDto().items(page.items())
			.total(page.total())
			.limit(page.limit())
			.nextCursor(page.nextCursor());
	}

}
