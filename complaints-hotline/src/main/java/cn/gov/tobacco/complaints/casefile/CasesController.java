package cn.gov.tobacco.complaints.casefile;

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
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.CasePageDto;
import cn.gov.tobacco.complaints.api.model.CaseStateDto;
import cn.gov.tobacco.complaints.audit.AuditVerifier;
import cn.gov.tobacco.complaints.cases.CaseFilter;
import cn.gov.tobacco.complaints.cases.CaseKind;
import cn.gov.tobacco.complaints.cases.CaseOrder;
import cn.gov.tobacco.complaints.cases.CaseQueries;
import cn.gov.tobacco.complaints.cases.CaseRepository;
import cn.gov.tobacco.complaints.cases.CaseState;
import cn.gov.tobacco.complaints.cases.CaseSummaries;
import cn.gov.tobacco.complaints.cases.Outcome;
import cn.gov.tobacco.complaints.cases.StaffAccess;
import cn.gov.tobacco.complaints.workflow.ActionRequest;
import cn.gov.tobacco.complaints.workflow.CaseWorkflow;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.security.Role;

/**
 * The staff's case file: lists of cases, one case's view, the actions on it and the check
 * of its audit chain ({@code /cases/**}).
 */
@RestController
class CasesController implements CasesApi {

	private final CaseQueries queries;

	private final CaseRepository cases;

	private final CaseDetails details;

	private final CaseWorkflow workflow;

	private final AuditVerifier audit;

	CasesController(CaseQueries queries, CaseRepository cases, CaseDetails details, CaseWorkflow workflow,
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
			.flatMap((caller) -> this.queries.page(
					CaseFilter.within(caller.jurisdiction())
						.state((state != null) ? CaseState.valueOf(state.getValue()) : null)
						.kind((kind != null) ? CaseKind.valueOf(kind.getValue()) : null),
					CaseOrder.NEWEST_FIRST, KeysetCursor.limit(limit), KeysetCursor.decode(cursor)))
			.map((page) -> ResponseEntity.ok(CaseSummaries.page(page)));
	}

}
