package cn.gov.tobacco.licensing.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.license.ScopeItems;
import cn.gov.tobacco.platform.security.Jurisdiction;

/**
 * The two counts behind the statistics, over a jurisdiction subtree (a range of codes, as
 * the queue binds it). An application is received when it was first submitted (its audit
 * chain's SUBMITTED entry; a resubmission is RESUBMITTED and does not count again) and
 * decided when it was approved or refused; its items are its own, else those of the
 * license it concerns, else (a NEW without items) cigarettes.
 */
@Component
class StatisticsQueries {

	private static final String APPLICATIONS = """
			select left(a.jurisdiction, 6) as district, a.type,
			       coalesce(a.items, l.items, 'CIGARETTE') as items,
			       count(*) filter (where s.first_at >= :start and s.first_at < :end) as received,
			       count(*) filter (where a.state = 'APPROVED' and a.decided_at >= :start and a.decided_at < :end) as approved,
			       count(*) filter (where a.state = 'REFUSED' and a.decided_at >= :start and a.decided_at < :end) as refused
			from application a
			left join license l on l.number = a.license_no
			left join lateral (select min(g.at) as first_at from audit_log g
			                   where g.aggregate_type = 'application' and g.aggregate_id = a.id
			                     and g.action = 'SUBMITTED') s on true
			where a.state <> 'DRAFT' and a.jurisdiction >= :subtreeFrom and a.jurisdiction < :subtreeEnd
			  and (a.submitted_on >= :fromDay or a.decided_at >= :start)
			group by 1, 2, 3
			""";

	private static final String LICENSES = """
			select left(jurisdiction, 6) as district, items, count(*) as n
			from license
			where status = 'ACTIVE' and jurisdiction >= :subtreeFrom and jurisdiction < :subtreeEnd
			group by 1, 2
			""";

	private final DatabaseClient db;

	StatisticsQueries(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * The applications of the subtree received or decided in {@code [start, end)},
	 * grouped.
	 * @param fromDay the first day of the period (the last submission is never before the
	 * first, so older ones cannot have been received in it)
	 */
	Mono<List<Groups.Applications>> applications(Jurisdiction subtree, LocalDate fromDay, Instant start, Instant end) {
		Map<String, Object> params = subtree(subtree);
		params.put("fromDay", fromDay);
		params.put("start", start);
		params.put("end", end);
		return this.db.sql(APPLICATIONS)
			.bindValues(params)
			.map((row) -> new Groups.Applications(row.get("district", String.class), row.get("type", String.class),
					ScopeItems.list(row.get("items", String.class)), row.get("received", Long.class),
					row.get("approved", Long.class), row.get("refused", Long.class)))
			.all()
			.filter((g) -> g.received() + g.approved() + g.refused() > 0)
			.collectList();
	}

	/** The licenses of the subtree that are ACTIVE now, grouped. */
	Mono<List<Groups.Licenses>> activeLicenses(Jurisdiction subtree) {
		return this.db.sql(LICENSES)
			.bindValues(subtree(subtree))
			.map((row) -> new Groups.Licenses(row.get("district", String.class),
					ScopeItems.list(row.get("items", String.class)), row.get("n", Long.class)))
			.all()
			.collectList();
	}

	private static Map<String, Object> subtree(Jurisdiction subtree) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("subtreeFrom", subtree.subtreePrefix());
		// an all-nines prefix has no end: every code sorts before a colon
		String end = subtree.subtreeEnd();
		params.put("subtreeEnd", (end != null) ? end : subtree.subtreePrefix() + ":");
		return params;
	}

}
