package cn.gov.tobacco.complaints.cases;

import java.math.BigDecimal;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.CasesApi;
import cn.gov.tobacco.complaints.api.model.AuditVerificationDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;
import cn.gov.tobacco.complaints.api.model.CaseDetailDto;
import cn.gov.tobacco.complaints.audit.AuditVerifier;
import cn.gov.tobacco.complaints.workflow.ActionRequest;
import cn.gov.tobacco.complaints.workflow.CaseWorkflow;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.CasePageDto;
import cn.gov.tobacco.complaints.api.model.CaseStateDto;
import cn.gov.tobacco.complaints.api.model.CaseSummaryDto;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.security.Role;

/**
 * Staff lists of cases.
 */
@RestController
class CasesController implements CasesApi {

	private final CaseQueries queries;

	private final CaseStore cases;

	private final CaseDetails details;

	private final CaseWorkflow workflow;

	private final AuditVerifier audit;

	CasesController(CaseQueries queries, CaseStore cases, CaseDetails details, CaseWorkflow workflow,
			AuditVerifier audit) {
		this.queries = queries;
		this.cases = cases;
		this.details = details;
		this.workflow = workflow;
		this.audit = audit;
	}

	@Override
	public Mono<ResponseEntity<CaseDetailDto>> getCase(UUID caseId, ServerWebExchange exchange) {
		return StaffAccess.require(Role.HOTLINE_AGENT, Role.HANDLER, Role.SUPERVISOR)
			.flatMap((caller) -> StaffAccess.visible(caller, this.cases.findById(caseId)))
			.flatMap(this.details::of)
			.map(ResponseEntity::ok);
	}

	@Override
	public Mono<ResponseEntity<CaseDetailDto>> actOnCase(UUID caseId, Mono<CaseActionRequestDto> body,
			ServerWebExchange exchange) {
		return StaffAccess.require(Role.HOTLINE_AGENT, Role.HANDLER, Role.SUPERVISOR)
			.flatMap((caller) -> body.flatMap((r) -> this.workflow.act(caseId,
					new ActionRequest(r.getAction().getValue(), r.getVersion(), r.getReason(), r.getPublicAnswer(),
							(r.getOutcome() != null) ? Outcome.valueOf(r.getOutcome().getValue()) : null,
							(r.getRewardAmount() != null) ? BigDecimal.valueOf(r.getRewardAmount()) : null,
							r.getLicenseNo()),
					caller)))
			.flatMap(this.details::of)
			.map(ResponseEntity::ok);
	}

	@Override
	public Mono<ResponseEntity<AuditVerificationDto>> verifyAudit(UUID caseId, ServerWebExchange exchange) {
		return StaffAccess.require(Role.SUPERVISOR)
			.flatMap((caller) -> StaffAccess.visible(caller, this.cases.findById(caseId)))
			.flatMap((row) -> this.audit.verify(row.id()))
			.map((v) -> ResponseEntity.ok(new AuditVerificationDto().intact(v.intact())
				.entries(v.entries())
				.firstBrokenSeq(v.firstBrokenSeq())));
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
		return CaseSummaries.masked(c);
	}

}
