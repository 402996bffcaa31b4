package cn.gov.tobacco.licensing.supervision;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.api.SupervisionApi;
import cn.gov.tobacco.licensing.api.model.*;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

/**
 * Supervision after the license (issue 17): settings, plans and visits (point 1); scans,
 * visits and their findings, photos, penalties, rectifications, off-site warnings,
 * statistics, the publication of random checks and a license's inspection history (points
 * 2–6). Who may do what is decided in the components; see the README.
 */
@RestController
class SupervisionController implements SupervisionApi {

	private final InspectionPlans plans;

	private final SupervisionSettings settings;

	private final Scans scans;

	private final VisitStore visits;

	private final FieldVisits fieldVisits;

	private final VisitRecording recording;

	private final VisitPhotos photos;

	private final VisitDetails details;

	private final Penalties penalties;

	private final Rectifications rectifications;

	private final Warnings warnings;

	private final Statistics statistics;

	private final Publications publications;

	private final InspectionHistory history;

	private final IdempotencyStore idempotency;

	SupervisionController(InspectionPlans plans, SupervisionSettings settings, Scans scans, VisitStore visits,
			FieldVisits fieldVisits, VisitRecording recording, VisitPhotos photos, VisitDetails details,
			Penalties penalties, Rectifications rectifications, Warnings warnings, Statistics statistics,
			Publications publications, InspectionHistory history, IdempotencyStore idempotency) {
		this.plans = plans;
		this.settings = settings;
		this.scans = scans;
		this.visits = visits;
		this.fieldVisits = fieldVisits;
		this.recording = recording;
		this.photos = photos;
		this.details = details;
		this.penalties = penalties;
		this.rectifications = rectifications;
		this.warnings = warnings;
		this.statistics = statistics;
		this.publications = publications;
		this.history = history;
		this.idempotency = idempotency;
	}

	@Override
	public Mono<ResponseEntity<SupervisionSettingsDto>> getSupervisionSettings(String jurisdiction,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> Access.check(caller, Role.SUPERVISOR, Role.ADMIN))
			.flatMap((caller) -> covering(caller, jurisdiction))
			.flatMap((caller) -> this.settings.of(jurisdiction))
			.map((s) -> ResponseEntity.ok(toDto(s)));
	}

	@Override
	public Mono<ResponseEntity<SupervisionSettingsDto>> putSupervisionSettings(String jurisdiction,
			Mono<SupervisionSettingsChangeDto> body, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> Access.check(caller, Role.ADMIN))
			.flatMap((caller) -> covering(caller, jurisdiction))
			.flatMap((caller) -> body.flatMap((change) -> this.settings.put(jurisdiction, change.getRandomShare(),
					List.copyOf(change.getInspectors()), change.getRectificationDays(), caller.subject())))
			.map((s) -> ResponseEntity.ok(toDto(s)));
	}

	@Override
	public Mono<ResponseEntity<InspectionPlanDto>> generateInspectionPlan(Mono<InspectionPlanRequestDto> body,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> body.flatMap((request) -> this.plans.generate(caller, request.getJurisdiction(),
					request.getMonth(), request.getSeed())))
			.map((plan) -> ResponseEntity
				.created(URI.create(PATH_GET_INSPECTION_PLAN.replace("{planId}", plan.id().toString())))
				.body(SupervisionDtos.plan(plan)));
	}

	@Override
	public Mono<ResponseEntity<InspectionPlanDto>> getInspectionPlan(UUID planId, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.plans.get(caller, planId))
			.map((plan) -> ResponseEntity.ok(SupervisionDtos.plan(plan)));
	}

	@Override
	public Mono<ResponseEntity<InspectionVisitPageDto>> listInspectionVisits(Integer limit, String cursor, UUID planId,
			InspectionVisitKindDto kind, InspectionVisitStateDto state, VisitResultDto result, PenaltyStateDto penalty,
			ServerWebExchange exchange) {
		InspectionPlans.VisitFilter filter = new InspectionPlans.VisitFilter(planId, value(kind), value(state),
				value(result), value(penalty));
		return Callers.required()
			.flatMap((caller) -> this.plans.visits(caller, filter, KeysetCursor.limit(limit),
					KeysetCursor.decode(cursor)))
			.map((page) -> ResponseEntity
				.ok(new InspectionVisitPageDto().items(page.items().stream().map(SupervisionDtos::visit).toList())
					.total(page.total())
					.limit(page.limit())
					.nextCursor(page.nextCursor())));
	}

	@Override
	public Mono<ResponseEntity<InspectionVisitDto>> reassignInspectionVisit(UUID visitId,
			Mono<VisitReassignmentDto> body, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> body.flatMap((change) -> this.plans.reassign(caller, visitId, change.getInspector(),
					change.getReason().strip())))
			.map((visit) -> ResponseEntity.status(HttpStatus.OK).body(SupervisionDtos.visit(visit)));
	}

	@Override
	public Mono<ResponseEntity<InspectionVisitDetailDto>> getInspectionVisit(UUID visitId, ServerWebExchange exchange) {
		Locale language = Text.language(exchange);
		return Callers.required()
			.flatMap((caller) -> this.visits.readable(caller, visitId, false))
			.flatMap(this.details::of)
			.map((d) -> localized(SupervisionDtos.detail(d, language), language));
	}

	@Override
	public Mono<ResponseEntity<ScanResultDto>> scanLicense(String code, ServerWebExchange exchange) {
		Locale language = Text.language(exchange);
		return Callers.required()
			.flatMap((caller) -> this.scans.scan(caller, code))
			.map((s) -> localized(SupervisionDtos.scan(s, language), language));
	}

	@Override
	public Mono<ResponseEntity<InspectionVisitDto>> startUnplannedVisit(Mono<UnplannedVisitRequestDto> body,
			String idempotencyKey, ServerWebExchange exchange) {
		return Callers.required().zipWith(body).flatMap((t) -> {
			UnplannedVisitRequestDto r = t.getT2();
			GeoLocationDto at = r.getLocation();
			FieldVisits.Unplanned request = new FieldVisits.Unplanned(r.getCode(), r.getAddress(), r.getJurisdiction(),
					(at != null) ? at.getLatitude() : null, (at != null) ? at.getLongitude() : null);
			return this.idempotency.once(t.getT1().subject(), idempotencyKey, request, InspectionVisitDto.class,
					() -> this.fieldVisits.startUnplanned(t.getT1(), request).map(SupervisionDtos::visit));
		})
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<VisitPhotoDto>> uploadVisitPhoto(UUID visitId, String kind, Part file,
			String idempotencyKey, ServerWebExchange exchange) {
		if (!(file instanceof FilePart filePart)) {
			return Mono.error(ApiException.validation(List.of(FieldProblem.of("file", "须为文件", "must be a file part"))));
		}
		String photoKind = VisitPhotos.kind(kind);
		Map<String, Object> fingerprint = new TreeMap<>();
		fingerprint.put("visitId", visitId.toString());
		fingerprint.put("kind", photoKind);
		fingerprint.put("fileName", String.valueOf(filePart.filename()));
		fingerprint.put("length", exchange.getRequest().getHeaders().getContentLength());
		return Callers.required()
			.flatMap((caller) -> this.idempotency.once(caller.subject(), idempotencyKey, fingerprint,
					VisitPhotoDto.class,
					() -> this.photos.upload(caller, visitId, photoKind, filePart.content())
						.map(SupervisionDtos::photo)))
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	/**
	 * Streams the stored copy to the response (see DocumentsController#downloadDocument).
	 */
	@Override
	public Mono<ResponseEntity<Resource>> downloadVisitPhoto(UUID visitId, UUID photoId, ServerWebExchange exchange) {
		ServerHttpResponse response = exchange.getResponse();
		return Callers.required()
			.flatMap((caller) -> this.photos.open(caller, visitId, photoId, response.bufferFactory()))
			.flatMap((t) -> {
				HttpHeaders headers = response.getHeaders();
				headers.setContentType(MediaType.parseMediaType(t.getT1().contentType()));
				headers.setContentLength(t.getT1().size());
				headers.set("X-Content-Type-Options", "nosniff");
				headers.setCacheControl("private, no-store");
				response.setStatusCode(HttpStatus.OK);
				return response.writeWith(t.getT2());
			})
			.then(Mono.empty());
	}

	@Override
	public Mono<ResponseEntity<InspectionVisitDetailDto>> recordInspectionVisit(UUID visitId,
			Mono<VisitFindingsDto> body, String idempotencyKey, ServerWebExchange exchange) {
		Locale language = Text.language(exchange);
		return Callers.required().zipWith(body).flatMap((t) -> {
			VisitFindingsDto f = t.getT2();
			List<FindingRules.Answer> answers = new ArrayList<>();
			f.getChecklist()
				.forEach((a) -> answers
					.add(new FindingRules.Answer(a.getItem(), a.getAnswer().getValue(), a.getNote())));
			FindingRules.Findings findings = new FindingRules.Findings(f.getResult().getValue(), answers,
					f.getLocation().getLatitude(), f.getLocation().getLongitude(), f.getLocation().getAccuracy(),
					List.copyOf(f.getPhotoIds()), f.getSignaturePhotoId(), f.getSignatureRefusal(), f.getScannedCode(),
					f.getSummary(), f.getInternalNote());
			Map<String, Object> fingerprint = new TreeMap<>();
			fingerprint.put("visitId", visitId.toString());
			fingerprint.put("findings", findings);
			return this.idempotency.once(t.getT1().subject(), idempotencyKey, fingerprint,
					InspectionVisitDetailDto.class,
					() -> this.recording.record(t.getT1(), visitId, findings)
						.flatMap(this.details::of)
						.map((d) -> SupervisionDtos.detail(d, language)));
		})
			.map((r) -> ResponseEntity.ok()
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<InspectionVisitDetailDto>> decideVisitPenalty(UUID visitId,
			Mono<PenaltyDecisionDto> body, ServerWebExchange exchange) {
		Locale language = Text.language(exchange);
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.penalties.decide(t.getT1(), visitId, t.getT2().getConfirmed(),
					t.getT2().getReason().strip()))
			.flatMap(this.details::of)
			.map((d) -> localized(SupervisionDtos.detail(d, language), language));
	}

	@Override
	public Mono<ResponseEntity<RectificationPageDto>> listRectifications(Integer limit, String cursor,
			RectificationStateDto state, ServerWebExchange exchange) {
		Locale language = Text.language(exchange);
		return Callers.required()
			.flatMap((caller) -> this.rectifications.list(caller, value(state), KeysetCursor.limit(limit),
					KeysetCursor.decode(cursor)))
			.map((page) -> localized(new RectificationPageDto()
				.items(page.items().stream().map((r) -> SupervisionDtos.rectification(r, language)).toList())
				.total(page.total())
				.limit(page.limit())
				.nextCursor(page.nextCursor()), language));
	}

	@Override
	public Mono<ResponseEntity<SupervisionWarningPageDto>> listSupervisionWarnings(Integer limit, String cursor,
			WarningStateDto state, WarningKindDto kind, ServerWebExchange exchange) {
		Locale language = Text.language(exchange);
		return Callers.required()
			.flatMap((caller) -> this.warnings.list(caller, value(state), value(kind), KeysetCursor.limit(limit),
					KeysetCursor.decode(cursor)))
			.map((page) -> localized(new SupervisionWarningPageDto()
				.items(page.items().stream().map((w) -> SupervisionDtos.warning(w, language)).toList())
				.total(page.total())
				.limit(page.limit())
				.nextCursor(page.nextCursor()), language));
	}

	@Override
	public Mono<ResponseEntity<SupervisionWarningDto>> closeSupervisionWarning(UUID warningId,
			Mono<WarningClosureDto> body, ServerWebExchange exchange) {
		Locale language = Text.language(exchange);
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.warnings.close(t.getT1(), warningId, t.getT2().getReason().strip()))
			.map((w) -> localized(SupervisionDtos.warning(w, language), language));
	}

	@Override
	public Mono<ResponseEntity<InspectionVisitDto>> planWarningVisit(UUID warningId, Mono<WarningVisitRequestDto> body,
			String idempotencyKey, ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.idempotency.once(t.getT1().subject(), idempotencyKey,
					Map.of("warningId", warningId.toString(), "request", t.getT2()), InspectionVisitDto.class,
					() -> this.warnings.visit(t.getT1(), warningId, t.getT2().getInspector(), t.getT2().getDueOn())
						.map(SupervisionDtos::visit)))
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<SupervisionStatisticsDto>> getSupervisionStatistics(LocalDate from, LocalDate to,
			String jurisdiction, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.statistics.of(caller, from, to, jurisdiction))
			.map((r) -> ResponseEntity.ok(new SupervisionStatisticsDto().from(r.from())
				.to(r.to())
				.jurisdiction(r.jurisdiction())
				.byDistrict(r.districts()
					.stream()
					.map((d) -> new DistrictStatisticsDto().jurisdiction(d.jurisdiction())
						.visits(counts(d.visits()))
						.activeLicenses(d.activeLicenses())
						.randomlyChecked(d.randomlyChecked())
						.randomCoverage(d.coverage()))
					.toList())
				.byInspector(r.inspectors()
					.entrySet()
					.stream()
					.map((e) -> new InspectorStatisticsDto().inspector(e.getKey()).visits(counts(e.getValue())))
					.toList())
				.byGrade(r.grades()
					.stream()
					.map((g) -> new GradeStatisticsDto().grade(CreditGradeDto.fromValue(g.grade()))
						.recorded(g.recorded())
						.violations(g.violations())
						.violationRate(g.rate()))
					.toList())));
	}

	@Override
	public Mono<ResponseEntity<InspectionPlanDto>> publishRandomChecks(UUID planId, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.publications.publish(caller, planId))
			.map((plan) -> ResponseEntity.ok(SupervisionDtos.plan(plan)));
	}

	@Override
	public Mono<ResponseEntity<RandomCheckResultPageDto>> listPublishedRandomChecks(String jurisdiction, String month,
			Integer limit, String cursor, ServerWebExchange exchange) {
		return this.publications.published(jurisdiction, month, KeysetCursor.limit(limit), KeysetCursor.decode(cursor))
			.map((page) -> ResponseEntity.ok(
					new RandomCheckResultPageDto()
						.items(page.items()
							.stream()
							.map((r) -> new RandomCheckResultDto().licenseNumber(r.licenseNo())
								.businessName((r.businessName() != null) ? r.businessName() : "")
								.checkedOn(r.checkedOn())
								.result(VisitResultDto.fromValue(r.result())))
							.toList())
						.total(page.total())
						.limit(page.limit())
						.nextCursor(page.nextCursor())));
	}

	@Override
	public Mono<ResponseEntity<InspectionHistoryPageDto>> listLicenseInspections(String licenseNo, Integer limit,
			String cursor, ServerWebExchange exchange) {
		Locale language = Text.language(exchange);
		return Callers.required()
			.flatMap((caller) -> this.history.of(caller, licenseNo, KeysetCursor.limit(limit),
					KeysetCursor.decode(cursor)))
			.map((h) -> localized(new InspectionHistoryPageDto()
				.items(h.page().items().stream().map((i) -> SupervisionDtos.history(i, language)).toList())
				.total(h.page().total())
				.limit(h.page().limit())
				.nextCursor(h.page().nextCursor())
				.openRectifications(h.open().stream().map((r) -> SupervisionDtos.rectification(r, language)).toList()),
					language));
	}

	/** An answer with texts in the reader's language, saying so. */
	private static <T> ResponseEntity<T> localized(T body, Locale language) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(body);
	}

	private static VisitCountsDto counts(Statistics.Counts c) {
		return new VisitCountsDto().planned(c.planned()).done(c.done()).overdue(c.overdue());
	}

	private static String value(Object enumDto) {
		return (enumDto != null) ? enumDto.toString() : null;
	}

	private static Mono<Caller> covering(Caller caller, String jurisdiction) {
		return caller.covers(jurisdiction) ? Mono.just(caller)
				: Mono.error(ApiException.notFound("该区县不在您的管辖范围内", "That district is outside your jurisdiction"));
	}

	private static SupervisionSettingsDto toDto(SupervisionSettings.Settings s) {
		return new SupervisionSettingsDto().jurisdiction(s.jurisdiction())
			.randomShare(s.randomShare())
			.inspectors(s.inspectors())
			.rectificationDays(s.rectificationDays())
			.updatedBy(s.updatedBy())
			.updatedAt((s.updatedAt() != null) ? s.updatedAt().atOffset(ZoneOffset.UTC) : null);
	}

}
