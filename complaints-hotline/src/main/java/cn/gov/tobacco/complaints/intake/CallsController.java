package cn.gov.tobacco.complaints.intake;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.CallsApi;
import cn.gov.tobacco.complaints.api.model.CallerHistoryQueryDto;
import cn.gov.tobacco.complaints.api.model.CasePageDto;
import cn.gov.tobacco.complaints.api.model.FiledReportDto;
import cn.gov.tobacco.complaints.api.model.LookupAlertDto;
import cn.gov.tobacco.complaints.licenses.LicenseChecks;
import cn.gov.tobacco.complaints.api.model.NewCallDto;
import cn.gov.tobacco.complaints.callhistory.CallerHistory;
import cn.gov.tobacco.complaints.callhistory.LookupAlertQueries;
import cn.gov.tobacco.complaints.cases.Actor;
import cn.gov.tobacco.complaints.cases.CaseKind;
import cn.gov.tobacco.complaints.cases.CaseSummaries;
import cn.gov.tobacco.complaints.cases.Channel;
import cn.gov.tobacco.complaints.cases.StaffAccess;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.security.Role;

/**
 * A hotline agent logs a call: the caller's number is reporter data, encrypted and masked
 * like any other. The agent's console also looks up the caller's earlier cases and the
 * open cases the new one would be linked to as a duplicate.
 */
@RestController
class CallsController implements CallsApi {

	static final int CANDIDATES_DEFAULT = 5;

	static final int CANDIDATES_MAX = 20;

	private final IntakeService intake;

	private final IdempotencyStore idempotency;

	private final CallerHistory callerHistory;

	private final Duplicates duplicates;

	private final LookupAlertQueries lookupAlerts;

	private final BureauClock clock;

	CallsController(IntakeService intake, IdempotencyStore idempotency, CallerHistory callerHistory,
			Duplicates duplicates, LookupAlertQueries lookupAlerts, BureauClock clock) {
		this.clock = clock;
		this.lookupAlerts = lookupAlerts;
		this.intake = intake;
		this.idempotency = idempotency;
		this.callerHistory = callerHistory;
		this.duplicates = duplicates;
	}

	@Override
	public Mono<ResponseEntity<FiledReportDto>> logCall(Mono<NewCallDto> body, String idempotencyKey,
			ServerWebExchange exchange) {
		return StaffAccess.require(Role.HOTLINE_AGENT).flatMap((agent) -> body.flatMap((call) -> {
			IntakeCommand command = new IntakeCommand(CaseKind.valueOf(call.getKind().getValue()), Channel.PHONE,
					call.getCategory(), call.getAddress().getDivisionCode(), call.getAddress().getDetail(),
					call.getRetailerName(), call.getDescription(), call.getCallerName(), call.getCallerNumber(),
					call.getCallerIdNumber(), null, Actor.staff(agent), null);
			return this.idempotency.once(agent.subject(), idempotencyKey, call, Filed.class,
					() -> this.intake.file(command, null));
		}))
			.map((result) -> ResponseEntity.status(HttpStatus.CREATED)
				.body(PublicReportsController.toDto(result.value())
					.caseId(result.value().caseId())
					.licenseCheck(LicenseChecks.toDto(result.value().licenseCheck()))));
	}

	@Override
	public Mono<ResponseEntity<CasePageDto>> callerHistory(Mono<CallerHistoryQueryDto> body, Integer limit,
			String cursor, ServerWebExchange exchange) {
		// only the agent on a call needs the caller's earlier cases (least privilege)
		return StaffAccess.require(Role.HOTLINE_AGENT)
			.flatMap((caller) -> body.flatMap((query) -> this.callerHistory.lookUp(query.getCallerNumber(), caller,
					KeysetCursor.limit(limit), KeysetCursor.decode(cursor))))
			.map((page) -> ResponseEntity.ok(CaseSummaries.pageWithoutReporter(page)))
			.doOnError(ApiException.class, (ex) -> {
				if (ex.kind() == ProblemKind.RATE_LIMITED) {
					exchange.getResponse()
						.getHeaders()
						.set("Retry-After", String.valueOf(this.callerHistory.retryAfterSeconds()));
				}
			});
	}

	@Override
	public Mono<ResponseEntity<Flux<LookupAlertDto>>> lookupAlerts(ServerWebExchange exchange) {
		return StaffAccess.require(Role.SUPERVISOR)
			.map((supervisor) -> ResponseEntity.ok(this.lookupAlerts.visibleTo(supervisor)));
	}

	@Override
	public Mono<ResponseEntity<CasePageDto>> duplicateCandidates(String divisionCode, String category, String address,
			String retailerName, Integer limit, ServerWebExchange exchange) {
		int max = (limit != null) ? limit : CANDIDATES_DEFAULT;
		if (max < 1 || max > CANDIDATES_MAX) {
			return Mono.error(ApiException.validation(List.of(FieldProblem.of("limit",
					"须在 1 到 " + CANDIDATES_MAX + " 之间", "must be between 1 and " + CANDIDATES_MAX))));
		}
		Duplicates.Facts facts = Duplicates.Facts.typed(divisionCode, category, address, retailerName,
				this.clock.now());
		// the staff who triage (ACCEPT / NOT_ACCEPT / DISPATCH) link duplicates
		return StaffAccess.require(Role.HOTLINE_AGENT, Role.SUPERVISOR)
			.flatMap((caller) -> this.duplicates.candidates(facts, caller.jurisdiction(), max))
			.map((page) -> ResponseEntity.ok(CaseSummaries.pageWithoutReporter(page)));
	}

}
