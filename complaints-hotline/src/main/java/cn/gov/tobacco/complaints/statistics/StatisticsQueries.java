package cn.gov.tobacco.complaints.statistics;

import java.time.Instant;
import java.util.List;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.api.model.CountDto;
import cn.gov.tobacco.complaints.api.model.DistrictRateDto;
import cn.gov.tobacco.complaints.api.model.HotspotDto;
import cn.gov.tobacco.platform.calendar.BureauClock;

/**
 * The figures over the cases received in a range, duplicates not counted twice: counts by
 * kind, category, district and week, the overdue and satisfaction rates, the median time
 * to answer, and the hotspot view (智慧研判) by week, district and category. Weeks and days
 * are the bureau's; "overdue" is measured against the service's clock.
 */
@Component
class StatisticsQueries {

	private static final String CASES = "FROM cases WHERE division_code LIKE :scope AND received_at >= :from "
			+ "AND received_at < :to AND duplicate_of IS NULL";

	private static final String OVERDUE_RATE = """
			avg(CASE WHEN answered_at > answer_due_at OR (answered_at IS NULL AND answer_due_at < :now) THEN 1.0 ELSE 0.0 END)
			  FILTER (WHERE answer_due_at IS NOT NULL) AS overdue""";

	private static final String SATISFACTION_RATE = """
			avg(CASE WHEN evaluation = 'SATISFIED' THEN 1.0 ELSE 0.0 END) FILTER (WHERE evaluation IS NOT NULL) AS satisfied""";

	private final DatabaseClient db;

	private final BureauClock clock;

	StatisticsQueries(DatabaseClient db, BureauClock clock) {
		this.db = db;
		this.clock = clock;
	}

	/**
	 * The cases a supervisor's figures cover.
	 *
	 * @param scope the supervisor's subtree (a LIKE pattern of division codes)
	 * @param from the first instant of the first day
	 * @param to the first instant after the last day
	 */
	record Range(String scope, Instant from, Instant to) {
	}

	/** What counts are grouped by. */
	enum Dimension {

		KIND, CATEGORY, DISTRICT, WEEK

	}

	Mono<List<CountDto>> counts(Dimension dimension, Range range) {
		return bind(
				this.db.sql(
						"SELECT " + expression(dimension) + " AS k, count(*) AS n " + CASES + " GROUP BY 1 ORDER BY 1"),
				range)
			.map((row, meta) -> new CountDto().key(row.get("k", String.class)).count(row.get("n", Long.class)))
			.all()
			.collectList();
	}

	/**
	 * Overdue rate, satisfaction rate and median hours to answer, each {@code null} if
	 * none.
	 */
	Mono<Double[]> rates(Range range) {
		return bind(this.db.sql("SELECT " + OVERDUE_RATE + ",\n" + SATISFACTION_RATE + """
				,
				percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - received_at) / 3600.0)
				  FILTER (WHERE answered_at IS NOT NULL) AS median_hours
				""" + CASES).bind("now", this.clock.now()), range)
			.map((row,
					meta) -> new Double[] { number(row, "overdue"), number(row, "satisfied"),
							number(row, "median_hours") })
			.one();
	}

	Mono<List<HotspotDto>> hotspots(Range range) {
		return bind(this.db.sql(
				"SELECT " + expression(Dimension.WEEK) + " AS w, district_code AS d, category_code AS c, count(*) AS n "
						+ CASES + " GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2, 3"),
				range)
			.map((row, meta) -> new HotspotDto().week(row.get("w", String.class))
				.district(row.get("d", String.class))
				.category(row.get("c", String.class))
				.count(row.get("n", Long.class)))
			.all()
			.collectList();
	}

	Mono<List<DistrictRateDto>> districtRates(Range range) {
		return bind(this.db
			.sql("SELECT district_code AS d, count(*) AS n,\n" + OVERDUE_RATE + ",\n" + SATISFACTION_RATE + "\n" + CASES
					+ " GROUP BY 1 ORDER BY 2 DESC, 1")
			.bind("now", this.clock.now()), range)
			.map((row, meta) -> new DistrictRateDto().district(row.get("d", String.class))
				.count(row.get("n", Long.class))
				.overdueRate(number(row, "overdue"))
				.satisfactionRate(number(row, "satisfied")))
			.all()
			.collectList();
	}

	private String expression(Dimension dimension) {
		return switch (dimension) {
			case KIND -> "kind";
			case CATEGORY -> "category_code";
			case DISTRICT -> "district_code";
			// an ISO week of the bureau's calendar; a zone id holds no quote
			case WEEK -> "to_char(received_at AT TIME ZONE '" + this.clock.zone().getId() + "', 'IYYY-\"W\"IW')";
		};
	}

	private static GenericExecuteSpec bind(GenericExecuteSpec spec, Range range) {
		return spec.bind("scope", range.scope()).bind("from", range.from()).bind("to", range.to());
	}

	private static Double number(Readable row, String column) {
		return (row.get(column) instanceof Number n) ? n.doubleValue() : null;
	}

}
