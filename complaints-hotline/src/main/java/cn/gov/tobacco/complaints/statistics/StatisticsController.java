package cn.gov.tobacco.complaints.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.StatisticsApi;
import cn.gov.tobacco.complaints.api.model.CountDto;
import cn.gov.tobacco.complaints.api.model.StatisticsDto;
import cn.gov.tobacco.complaints.cases.StaffAccess;
import cn.gov.tobacco.complaints.intake.IntakeProperties;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.security.Role;

/**
 * Statistics over cases received in a date range (the bureau's calendar days), duplicates
 * not counted twice.
 */
@RestController
class StatisticsController implements StatisticsApi {

	private static final String CASES = "FROM cases WHERE division_code LIKE :scope AND received_at >= :from "
			+ "AND received_at < :to AND duplicate_of IS NULL";

	private final DatabaseClient db;

	private final IntakeProperties properties;

	private final Hotspots hotspots;

	StatisticsController(DatabaseClient db, IntakeProperties properties) {
		this.db = db;
		this.properties = properties;
		this.hotspots = new Hotspots(db, CASES);
	}

	@Override
	public Mono<ResponseEntity<StatisticsDto>> statistics(LocalDate from, LocalDate to, ServerWebExchange exchange) {
		if (to.isBefore(from)) {
			return Mono
				.error(ApiException.validation(List.of(FieldProblem.of("to", "不能早于开始日期", "must not be before from"))));
		}
		Instant start = from.atStartOfDay(this.properties.zone()).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(this.properties.zone()).toInstant();
		return StaffAccess.require(Role.SUPERVISOR).flatMap((caller) -> {
			String scope = caller.jurisdiction().likePattern();
			String week = "to_char(received_at AT TIME ZONE '" + this.properties.zone().getId() + "', 'IYYY-\"W\"IW')";
			return Mono
				.zip(counts("kind", scope, start, end), counts("category_code", scope, start, end),
						counts("district_code", scope, start, end), counts(week, scope, start, end),
						rates(scope, start, end), this.hotspots.hotspots(week, scope, start, end),
						this.hotspots.districtRates(scope, start, end))
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

	private Mono<List<CountDto>> counts(String expression, String scope, Instant from, Instant to) {
		return this.db.sql("SELECT " + expression + " AS k, count(*) AS n " + CASES + " GROUP BY 1 ORDER BY 1")
			.bind("scope", scope)
			.bind("from", from)
			.bind("to", to)
			.map((row, meta) -> new CountDto().key(row.get("k", String.class)).count(row.get("n", Long.class)))
			.all()
			.collectList();
	}

	private Mono<Double[]> rates(String scope, Instant from, Instant to) {
		return this.db
			.sql("""
					SELECT
					  avg(CASE WHEN answered_at > answer_due_at OR (answered_at IS NULL AND answer_due_at < now()) THEN 1.0 ELSE 0.0 END)
					    FILTER (WHERE answer_due_at IS NOT NULL) AS overdue,
					  avg(CASE WHEN evaluation = 'SATISFIED' THEN 1.0 ELSE 0.0 END) FILTER (WHERE evaluation IS NOT NULL) AS satisfied,
					  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - received_at) / 3600.0)
					    FILTER (WHERE answered_at IS NOT NULL) AS median_hours
					"""
					+ CASES)
			.bind("scope", scope)
			.bind("from", from)
			.bind("to", to)
			.map((row,
					meta) -> new Double[] { number(row.get("overdue")), number(row.get("satisfied")),
							number(row.get("median_hours")) })
			.one();
	}

	static Double number(Object value) {
		return (value instanceof Number n) ? n.doubleValue() : null;
	}

}
