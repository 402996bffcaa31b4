package cn.gov.tobacco.complaints.intake;

import java.util.Optional;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.PublicReportsApi;
import cn.gov.tobacco.complaints.api.model.CasePageDto;
import cn.gov.tobacco.complaints.api.model.EvaluationDto;
import cn.gov.tobacco.complaints.api.model.FiledReportDto;
import cn.gov.tobacco.complaints.api.model.NewReportDto;
import cn.gov.tobacco.complaints.api.model.TrackedReportDto;
import cn.gov.tobacco.complaints.cases.Actor;
import cn.gov.tobacco.complaints.cases.CaseKind;
import cn.gov.tobacco.complaints.cases.CaseFilter;
import cn.gov.tobacco.complaints.cases.CaseOrder;
import cn.gov.tobacco.complaints.cases.CaseQueries;
import cn.gov.tobacco.complaints.cases.CaseSummaries;
import cn.gov.tobacco.complaints.cases.Channel;
import cn.gov.tobacco.complaints.evaluation.EvaluationService;
import cn.gov.tobacco.complaints.evidence.EvidenceStore;
import cn.gov.tobacco.complaints.evidence.StoredEvidence;
import cn.gov.tobacco.platform.audit.AuditHash;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Callers;

/**
 * Citizens file online (signed in or not) and follow their report with its tracking code.
 */
@RestController
class PublicReportsController implements PublicReportsApi {

	private final IntakeService intake;

	private final EvidenceStore evidence;

	private final IdempotencyStore idempotency;

	private final Tracking tracking;

	private final JsonMapper json;

	private final EvaluationService evaluations;

	private final CaseQueries queries;

	PublicReportsController(IntakeService intake, EvidenceStore evidence, IdempotencyStore idempotency,
			Tracking tracking, JsonMapper json, EvaluationService evaluations, CaseQueries queries) {
		this.evaluations = evaluations;
		this.queries = queries;
		this.intake = intake;
		this.evidence = evidence;
		this.idempotency = idempotency;
		this.tracking = tracking;
		this.json = json;
	}

	@Override
	public Mono<ResponseEntity<FiledReportDto>> fileReport(NewReportDto report, String idempotencyKey, Part photo,
			ServerWebExchange exchange) {
		Mono<Optional<StoredEvidence>> stored = (photo != null) ? this.evidence.store(photo, "photo").map(Optional::of)
				: Mono.just(Optional.empty());
		return Callers.current()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((caller) -> stored.flatMap((ev) -> {
				IntakeCommand command = command(report, caller);
				String fingerprint = AuditHash.sha256(
						new String(this.json.writeValueAsBytes(report)) + ev.map(StoredEvidence::sha256).orElse(""));
				String scope = caller.map(Caller::subject).orElse("anonymous");
				return this.idempotency
					.onceWithFingerprint(scope, idempotencyKey, fingerprint, Filed.class,
							() -> this.intake.file(command, ev.orElse(null)))
					.flatMap((result) -> (result.replayed() && ev.isPresent())
							? this.evidence.delete(ev.get()).thenReturn(result) : Mono.just(result))
					.onErrorResume((ex) -> ev.isPresent() ? this.evidence.delete(ev.get()).then(Mono.error(ex))
							: Mono.error(ex));
			}))
			.map((result) -> ResponseEntity.status(HttpStatus.CREATED).body(toDto(result.value())));
	}

	@Override
	public Mono<ResponseEntity<TrackedReportDto>> evaluateReport(String trackingCode, Mono<EvaluationDto> body,
			ServerWebExchange exchange) {
		return body
			.flatMap((evaluation) -> this.tracking.find(trackingCode)
				.flatMap((row) -> this.evaluations.evaluate(row, Boolean.TRUE.equals(evaluation.getSatisfied()),
						evaluation.getReason())))
			.then(this.tracking.view(trackingCode))
			.map(ResponseEntity::ok);
	}

	@Override
	public Mono<ResponseEntity<CasePageDto>> myReports(Integer limit, String cursor, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.queries.page(CaseFilter.reportedBy(caller.subject()), CaseOrder.NEWEST_FIRST,
					KeysetCursor.limit(limit), KeysetCursor.decode(cursor)))
			.map((page) -> ResponseEntity.ok(CaseSummaries.page(page)));
	}

	@Override
	public Mono<ResponseEntity<TrackedReportDto>> trackReport(String trackingCode, ServerWebExchange exchange) {
		return this.tracking.view(trackingCode).map(ResponseEntity::ok);
	}

	private static IntakeCommand command(NewReportDto r, Optional<Caller> caller) {
		var reporter = r.getReporter();
		return new IntakeCommand(CaseKind.valueOf(r.getKind().getValue()), Channel.WEB, r.getCategory(),
				r.getAddress().getDivisionCode(), r.getAddress().getDetail(), r.getRetailerName(), r.getDescription(),
				(reporter != null) ? reporter.getName() : null, (reporter != null) ? reporter.getPhone() : null,
				(reporter != null) ? reporter.getIdNumber() : null, caller.map(Caller::subject).orElse(null),
				caller.isPresent() ? Actor.PUBLIC : Actor.ANONYMOUS, null);
	}

	static FiledReportDto toDto(Filed filed) {
		return new FiledReportDto().caseNumber(filed.caseNumber())
			.trackingCode(filed.trackingCode())
			.state(cn.gov.tobacco.complaints.api.model.CaseStateDto.fromValue(filed.state()))
			.notAcceptedReason(filed.notAcceptedReason())
			.linkedCaseNumber(filed.linkedCaseNumber());
	}

}
