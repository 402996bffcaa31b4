package cn.gov.tobacco.complaints.rewards;

import java.math.BigDecimal;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.RewardsApi;
import cn.gov.tobacco.complaints.api.model.NewRewardBandDto;
import cn.gov.tobacco.complaints.api.model.OutcomeDto;
import cn.gov.tobacco.complaints.api.model.RewardBandDto;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

/**
 * Reward bands: ADMIN sets one for a jurisdiction in their subtree (the old one kept as
 * history); ADMIN and SUPERVISOR read all of them.
 */
@RestController
class RewardBandsController implements RewardsApi {

	private final RewardBands bands;

	RewardBandsController(RewardBands bands) {
		this.bands = bands;
	}

	@Override
	public Mono<ResponseEntity<Flux<RewardBandDto>>> listRewardBands(ServerWebExchange exchange) {
		return require(Role.ADMIN, Role.SUPERVISOR)
			.map((caller) -> ResponseEntity.ok(this.bands.all().map(RewardBandsController::dto)));
	}

	@Override
	public Mono<ResponseEntity<RewardBandDto>> addRewardBand(Mono<NewRewardBandDto> body, ServerWebExchange exchange) {
		return require(Role.ADMIN).zipWith(body).flatMap((t) -> {
			Caller admin = t.getT1();
			NewRewardBandDto b = t.getT2();
			if (!admin.covers(b.getJurisdiction())) {
				return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
						Text.of("只能为本辖区设定奖励标准", "You may set bands only within your jurisdiction")));
			}
			BigDecimal min = BigDecimal.valueOf(b.getMinAmount());
			BigDecimal max = BigDecimal.valueOf(b.getMaxAmount());
			if (min.compareTo(max) > 0 || min.scale() > 2 || max.scale() > 2) {
				return Mono.error(ApiException.validation(List.of(FieldProblem.of("maxAmount", "不能低于最低金额，且最多两位小数",
						"must not be below minAmount; at most two decimals"))));
			}
			return this.bands.add(b.getJurisdiction(), b.getCategory(), b.getOutcome().getValue(), min, max,
					admin.subject());
		}).map((band) -> ResponseEntity.status(HttpStatus.CREATED).body(dto(band)));
	}

	private static Mono<Caller> require(Role... roles) {
		return Callers.required()
			.filter((c) -> c.hasAny(roles))
			.switchIfEmpty(Mono.error(() -> new ApiException(ProblemKind.FORBIDDEN,
					Text.of("您的角色无权执行此操作", "Your role may not do this"))));
	}

	private static RewardBandDto dto(RewardBand band) {
		return new RewardBandDto().id(band.id())
			.jurisdiction(band.jurisdiction())
			.category(band.category())
			.outcome(OutcomeDto.fromValue(band.outcome()))
			.minAmount(band.minAmount().doubleValue())
			.maxAmount(band.maxAmount().doubleValue())
			.validFrom(band.validFrom().atOffset(java.time.ZoneOffset.UTC))
			.createdBy(band.createdBy());
	}

}
