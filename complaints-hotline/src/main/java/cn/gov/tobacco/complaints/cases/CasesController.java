package cn.gov.tobacco.complaints.cases;

import java.time.ZoneOffset;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.CasesApi;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.CasePageDto;
import cn.gov.tobacco.complaints.api.model.CaseStateDto;
import cn.gov.tobacco.complaints.api.model.CaseSummaryDto;
import cn.gov.tobacco.complaints.api.model.ChannelDto;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.security.Role;

/**
 * Staff lists of cases.
 */
@RestController
class CasesController implements CasesApi {

	private final CaseQueries queries;

	CasesController(CaseQueries queries) {
		this.queries = queries;
	}

	@Override
	public Mono<ResponseEntity<CasePageDto>> listCases(Integer limit, String cursor, CaseStateDto state,
			CaseKindDto kind, ServerWebExchange exchange) {
		return StaffAccess.require(Role.HOTLINE_AGENT, Role.HANDLER, Role.SUPERVISOR)
			.flatMap((caller) -> this.queries.newestFirst(caller.jurisdiction(),
					(state != null) ? CaseState.valueOf(state.getValue()) : null,
					(kind != null) ? CaseKind.valueOf(kind.getValue()) : null, KeysetCursor.limit(limit), cursor))
			.map((page) -> ResponseEntity
				.ok(new CasePageDto().items(page.items().stream().map(CasesController::summary).toList())
					.total(page.total())
					.limit(page.limit())
					.nextCursor(page.nextCursor())));
	}

	static CaseSummaryDto summary(CaseRow c) {
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
			.reporterMasked(c.reporterMasked());
	}

}
