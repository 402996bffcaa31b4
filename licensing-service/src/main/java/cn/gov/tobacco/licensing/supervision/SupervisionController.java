package cn.gov.tobacco.licensing.supervision;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.api.model.InspectionPlanDto;
import cn.gov.tobacco.licensing.api.model.InspectionPlanRequestDto;
import cn.gov.tobacco.licensing.api.model.CreditGradeDto;
import cn.gov.tobacco.licensing.api.model.InspectionReasonDto;
import cn.gov.tobacco.licensing.api.model.InspectionVisitDto;
import cn.gov.tobacco.licensing.api.model.InspectionVisitKindDto;
import cn.gov.tobacco.licensing.api.model.InspectionVisitStateDto;
import cn.gov.tobacco.licensing.api.model.PenaltyStateDto;
import cn.gov.tobacco.licensing.api.model.VisitResultDto;
import cn.gov.tobacco.licensing.api.model.InspectionVisitPageDto;
import cn.gov.tobacco.licensing.api.model.SupervisionSettingsChangeDto;
import cn.gov.tobacco.licensing.api.model.SupervisionSettingsDto;
import cn.gov.tobacco.licensing.api.model.VisitReassignmentDto;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

/**
 * Inspection plans and visits (issue 17 point 1). Settings: SUPERVISOR and ADMIN read,
 * ADMIN writes, both within their subtree (404 outside).
 */
@RestController
class SupervisionController extends PendingOperations {

	private final InspectionPlans plans;

	private final SupervisionSettings settings;

	SupervisionController(InspectionPlans plans, SupervisionSettings settings) {
		this.plans = plans;
		this.settings = settings;
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
					List.copyOf(change.getInspectors()), caller.subject())))
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
				.body(toDto(plan)));
	}

	@Override
	public Mono<ResponseEntity<InspectionPlanDto>> getInspectionPlan(UUID planId, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.plans.get(caller, planId))
			.map((plan) -> ResponseEntity.ok(toDto(plan)));
	}

	@Override
	public Mono<ResponseEntity<InspectionVisitPageDto>> listInspectionVisits(Integer limit, String cursor, UUID planId,
			InspectionVisitKindDto kind, InspectionVisitStateDto state, VisitResultDto result, PenaltyStateDto penalty,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.plans.visits(caller, planId, (kind != null) ? kind.getValue() : null,
					KeysetCursor.limit(limit), KeysetCursor.decode(cursor)))
			.map((page) -> ResponseEntity
				.ok(new InspectionVisitPageDto().items(page.items().stream().map(SupervisionController::toDto).toList())
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
			.map((visit) -> ResponseEntity.status(HttpStatus.OK).body(toDto(visit)));
	}

	private static Mono<Caller> covering(Caller caller, String jurisdiction) {
		return caller.covers(jurisdiction) ? Mono.just(caller)
				: Mono.error(ApiException.notFound("该区县不在您的管辖范围内", "That district is outside your jurisdiction"));
	}

	private static SupervisionSettingsDto toDto(SupervisionSettings.Settings s) {
		return new SupervisionSettingsDto().jurisdiction(s.jurisdiction())
			.randomShare(s.randomShare())
			.inspectors(s.inspectors())
			.rectificationDays(SupervisionSettings.DEFAULT_RECTIFICATION_DAYS)
			.updatedBy(s.updatedBy())
			.updatedAt((s.updatedAt() != null) ? s.updatedAt().atOffset(ZoneOffset.UTC) : null);
	}

	private static InspectionPlanDto toDto(InspectionPlans.Plan p) {
		return new InspectionPlanDto().id(p.id())
			.jurisdiction(p.jurisdiction())
			.month(p.month().toString())
			.seed(p.seed())
			.randomShare(p.randomShare())
			.activeLicenses(p.activeLicenses())
			.visits(p.visits())
			.byKind(p.byKind())
			.byGrade(p.byGrade())
			.generatedAt(p.generatedAt().atOffset(ZoneOffset.UTC))
			.generatedBy(p.generatedBy());
	}

	private static InspectionVisitDto toDto(InspectionPlans.Visit v) {
		return new InspectionVisitDto().id(v.id())
			.planId(v.planId())
			.month(v.month().toString())
			.licenseNumber(v.licenseNo())
			.businessName(v.businessName())
			.jurisdiction(v.jurisdiction())
			.kind(InspectionVisitKindDto.fromValue(v.kind()))
			.grade(CreditGradeDto.fromValue(v.grade()))
			.reasons(v.reasons().stream().map(InspectionReasonDto::fromValue).toList())
			.inspector(v.inspector())
			.dueOn(v.dueOn())
			.state(InspectionVisitStateDto.fromValue(v.state()));
	}

}
