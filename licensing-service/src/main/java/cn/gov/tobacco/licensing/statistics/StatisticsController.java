package cn.gov.tobacco.licensing.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.api.StatisticsApi;
import cn.gov.tobacco.licensing.api.model.LicensingStatisticsDto;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.security.Callers;

/**
 * {@code GET /api/licensing/statistics}: for the caseworkers (CLERK, APPROVER,
 * SUPERVISOR, ADMIN) over their subtree; the days are Beijing calendar days, both
 * inclusive.
 */
@RestController
class StatisticsController implements StatisticsApi {

	private final StatisticsQueries queries;

	private final BureauClock time;

	StatisticsController(StatisticsQueries queries, BureauClock time) {
		this.queries = queries;
		this.time = time;
	}

	@Override
	public Mono<ResponseEntity<LicensingStatisticsDto>> getLicensingStatistics(LocalDate from, LocalDate to,
			ServerWebExchange exchange) {
		return Callers.required().flatMap(Access::caseworker).flatMap((caller) -> {
			if (to.isBefore(from)) {
				return Mono.error(ApiException.validation(List
					.of(FieldProblem.of("to", "截止日期不能早于起始日期", "The end date must not be before the start date"))));
			}
			Instant start = this.time.startOf(from);
			Instant end = this.time.startOf(to.plusDays(1));
			return Mono
				.zip(this.queries.applications(caller.jurisdiction(), from, start, end),
						this.queries.activeLicenses(caller.jurisdiction()))
				.map((t) -> ResponseEntity.ok(Figures.of(from, to, t.getT1(), t.getT2())));
		});
	}

}
