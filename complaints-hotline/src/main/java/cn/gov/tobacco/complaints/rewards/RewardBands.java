package cn.gov.tobacco.complaints.rewards;

import java.math.BigDecimal;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.problem.ApiException;

/**
 * Reward bands with history: rows ({@link RewardBandRepository}) are never updated, a new
 * band supersedes the old one from its {@code valid_from}; which band is in force and
 * what it admits is {@link RewardRule}.
 */
@Component
public class RewardBands {

	private final RewardBandRepository rows;

	private final BureauClock clock;

	RewardBands(RewardBandRepository rows, BureauClock clock) {
		this.rows = rows;
		this.clock = clock;
	}

	public Flux<RewardBand> all() {
		return this.rows.all();
	}

	public Mono<RewardBand> add(String jurisdiction, String category, String outcome, BigDecimal min, BigDecimal max,
			String by) {
		return this.rows.add(jurisdiction, category, outcome, min, max, this.clock.now(), by)
			.switchIfEmpty(Mono.error(() -> ApiException.businessRule("分类不存在", "No such category")));
	}

	/**
	 * Checks a reward amount against the band in force: a 422 problem naming the band (or
	 * saying there is none) otherwise.
	 */
	public Mono<RewardBand> check(String division, String category, String outcome, BigDecimal amount) {
		return this.rows.effectiveBy(RewardRule.jurisdictionsOf(division), category, outcome, this.clock.now())
			.collectList()
			.map((effective) -> RewardRule.admit(RewardRule.inForce(effective), category, outcome, amount));
	}

}
