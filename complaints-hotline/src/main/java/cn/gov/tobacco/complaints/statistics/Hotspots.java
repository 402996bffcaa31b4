package cn.gov.tobacco.complaints.statistics;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.api.model.DistrictRateDto;
import cn.gov.tobacco.complaints.api.model.HotspotDto;

/**
 * The hotspot view (智慧研判): cases by week, district and category, and each district's
 * overdue and satisfaction rates, over the same cases as the other figures.
 */
class Hotspots {

	private final DatabaseClient db;

	private final String cases;

	Hotspots(DatabaseClient db, String cases) {
		this.db = db;
		this.cases = cases;
	}

	Mono<List<HotspotDto>> hotspots(String week, String scope, Instant from, Instant to) {
		return this.db
			.sql("SELECT " + week + " AS w, district_code AS d, category_code AS c, count(*) AS n " + this.cases
					+ " GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2, 3")
			.bind("scope", scope)
			.bind("from", from)
			.bind("to", to)
			.map((row, meta) -> new HotspotDto().week(row.get("w", String.class))
				.district(row.get("d", String.class))
				.category(row.get("c", String.class))
				.count(row.get("n", Long.class)))
			.all()
			.collectList();
	}

	Mono<List<DistrictRateDto>> districtRates(String scope, Instant from, Instant to) {
		return this.db
			.sql("""
					SELECT district_code AS d, count(*) AS n,
					  avg(CASE WHEN answered_at > answer_due_at OR (answered_at IS NULL AND answer_due_at < now()) THEN 1.0 ELSE 0.0 END)
					    FILTER (WHERE answer_due_at IS NOT NULL) AS overdue,
					  avg(CASE WHEN evaluation = 'SATISFIED' THEN 1.0 ELSE 0.0 END) FILTER (WHERE evaluation IS NOT NULL) AS satisfied
					"""
					+ this.cases + " GROUP BY 1 ORDER BY 2 DESC, 1")
			.bind("scope", scope)
			.bind("from", from)
			.bind("to", to)
			.map((row, meta) -> new DistrictRateDto().district(row.get("d", String.class))
				.count(row.get("n", Long.class))
				.overdueRate(StatisticsController.number(row.get("overdue")))
				.satisfactionRate(StatisticsController.number(row.get("satisfied"))))
			.all()
			.collectList();
	}

}
