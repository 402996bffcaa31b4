package cn.gov.tobacco.licensing.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.api.StatisticsApi;
import cn.gov.tobacco.licensing.api.model.LicensingStatisticsDto;
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

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final StatisticsQueries queries;

	StatisticsController(StatisticsQueries queries) {
		this.queries = queries;
	}

	@Override
	public Mono<ResponseEntity<LicensingStatisticsDto>> getLicensingStatistics(LocalDate from, LocalDate to,
			ServerWebExchange exchange) {
		return Callers.required().flatMap(Access::caseworker).flatMap((caller) -> {
			if (to.isBefore(from)) {
				return Mono.error(ApiException.validation(List
					.of(FieldProblem.of("to", "截止日期不能早于起始日期", "The end date must not be before the start date"))));
			}
			Instant start = from.atStartOfDay(CHINA).toInstant();
			Instant end = to.plusDays(1).atStartOfDay(CHINA).toInstant();
			return Mono
				.zip(this.queries.applications(caller.jurisdiction(), from, start, end),
						this.queries.activeLicenses(caller.jurisdiction()))
				.map((t) -> ResponseEntity.ok(Figures.of(from, to, t.getT1(), t.getT2())));
		});
	}

}
