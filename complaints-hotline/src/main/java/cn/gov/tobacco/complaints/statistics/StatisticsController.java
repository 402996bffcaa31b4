package cn.gov.tobacco.complaints.statistics;

import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.StatisticsApi;
import cn.gov.tobacco.complaints.api.model.CountDto;
import cn.gov.tobacco.complaints.api.model.StatisticsDto;
import cn.gov.tobacco.complaints.cases.StaffAccess;
import cn.gov.tobacco.complaints.statistics.StatisticsQueries.Dimension;
import cn.gov.tobacco.complaints.statistics.StatisticsQueries.Range;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.security.Role;

/**
 * Statistics over cases received in a date range (the bureau's calendar days), duplicates
 * not counted twice, within the supervisor's subtree.
 */
@RestController
class StatisticsController implements StatisticsApi {

	private final StatisticsQueries queries;

	private final BureauClock clock;

	StatisticsController(StatisticsQueries queries, BureauClock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@Override
	public Mono<ResponseEntity<StatisticsDto>> statistics(LocalDate from, LocalDate to, ServerWebExchange exchange) {
		if (to.isBefore(from)) {
			return Mono
				.error(ApiException.validation(List.of(FieldProblem.of("to", "不能早于开始日期", "must not be before from"))));
		}
		return StaffAccess.require(Role.SUPERVISOR).flatMap((caller) -> {
			Range range = new Range(caller.jurisdiction().likePattern(), this.clock.startOf(from),
					this.clock.startOf(to.plusDays(1)));
			return Mono
				.zip(this.queries.counts(Dimension.KIND, range), this.queries.counts(Dimension.CATEGORY, range),
						this.queries.counts(Dimension.DISTRICT, range), this.queries.counts(Dimension.WEEK, range),
						this.queries.rates(range), this.queries.hotspots(range), this.queries.districtRates(range))
				.map((t) -> ResponseEntity
					.ok(new StatisticsDto().total(t.getT1().stream().mapToLong(CountDto::getCount).sum())
						.byKind(t.getT1())
						.byCategory(t.getT2())
						.byDistrict(t.getT3())
						.byWeek(t.getT4())
						.overdueRate(t.getT5()[0])
						.satisfactionRate(t.getT5()[1])
						.medianHoursToAnswer(t.getT5()[2])
						.hotspots(t.getT6())
						.districtRates(t.getT7())));
		});
	}

}
