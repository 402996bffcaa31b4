package cn.gov.tobacco.licensing.reference;

import java.time.ZoneOffset;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.api.ECigarettePlanApi;
import cn.gov.tobacco.licensing.api.model.ECigarettePlanDto;
import cn.gov.tobacco.licensing.api.model.PremisesKindDto;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

/**
 * The e-cigarette layout plan: read by the caseworkers whose subtree covers the
 * jurisdiction (as the cigarette settings), a new version by ADMIN of that subtree.
 */
@RestController
class ECigarettePlanController implements ECigarettePlanApi {

	private final ECigarettePlans plans;

	ECigarettePlanController(ECigarettePlans plans) {
		this.plans = plans;
	}

	@Override
	public Mono<ResponseEntity<ECigarettePlanDto>> getECigarettePlan(String code, ServerWebExchange exchange) {
		return reader(code).flatMap((caller) -> this.plans.planFor(code)).map((p) -> ResponseEntity.ok(toDto(p)));
	}

	@Override
	public Mono<ResponseEntity<reactor.core.publisher.Flux<ECigarettePlanDto>>> getECigarettePlanHistory(String code,
			ServerWebExchange exchange) {
		return reader(code)
			.flatMap((caller) -> this.plans.history(code).map(ECigarettePlanController::toDto).collectList())
			.map((list) -> ResponseEntity.ok(reactor.core.publisher.Flux.fromIterable(list)));
	}

	@Override
	public Mono<ResponseEntity<ECigarettePlanDto>> putECigarettePlan(String code, Mono<ECigarettePlanDto> body,
			ServerWebExchange exchange) {
		return Callers.required()
			.filter((caller) -> caller.has(Role.ADMIN))
			.switchIfEmpty(Mono.error(() -> new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有系统管理员可以维护布局规划", "Only an administrator maintains the layout plan"))))
			.filter((caller) -> caller.covers(code))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("辖区不存在", "No such jurisdiction")))
			.zipWith(body)
			.flatMap((t) -> {
				ECigarettePlanDto dto = t.getT2();
				return this.plans.put(code, dto.getName().strip(), dto.getMaxOutletsPerDistrict(),
						dto.getSchoolDistanceMetres(),
						(dto.getNeverLicensedKinds() != null) ? dto.getNeverLicensedKinds()
							.stream()
							.map(PremisesKindDto::name)
							.collect(Collectors.toSet()) : null,
						(dto.getReason() != null && !dto.getReason().isBlank()) ? dto.getReason().strip() : null,
						t.getT1().subject());
			})
			.map((p) -> ResponseEntity.ok(toDto(p)));
	}

	private static Mono<Caller> reader(String code) {
		return Callers.required()
			.flatMap(Access::caseworker)
			.filter((caller) -> caller.covers(code))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("辖区不存在", "No such jurisdiction")));
	}

	static ECigarettePlanDto toDto(ECigarettePlan p) {
		return new ECigarettePlanDto().code(p.code())
			.version(p.version())
			.name(p.name())
			.maxOutletsPerDistrict(p.maxOutletsPerDistrict())
			.schoolDistanceMetres(p.schoolDistanceMetres())
			.neverLicensedKinds(p.kindsInOrder()
				.stream()
				.map(PremisesKindDto::valueOf)
				.collect(Collectors.toCollection(java.util.LinkedHashSet::new)))
			.reason(p.reason())
			.updatedBy(p.updatedBy())
			.updatedAt((p.updatedAt() != null) ? p.updatedAt().atOffset(ZoneOffset.UTC) : null);
	}

}
