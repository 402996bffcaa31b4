package cn.gov.tobacco.licensing.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.calendar.DailyJob;
import cn.gov.tobacco.platform.jobs.Jobs;

/**
 * Once a day: the off-site warnings the data calls for (see the README for the rules). A
 * warning is raised once per fact (a new report, a new rectification, a new rule version
 * makes a new fact) and not while one of its kind is still open for the license.
 */
@Component
class WarningJob extends DailyJob<WarningJob.Candidate> {

	static final String JOB = "supervision-warnings";

	/** Substantiated reports in 90 days that make a license a concern. */
	static final int REPORTS = 3;

	/** Metres between two rows' coordinates ({@code a.} and {@code b.}). */
	private static final String METRES = "(2 * 6371008.8 * asin(sqrt(power(sin(radians(b.latitude - a.latitude) / 2), 2) "
			+ "+ cos(radians(a.latitude)) * cos(radians(b.latitude)) * power(sin(radians(b.longitude - a.longitude) / 2), 2))))";

	private final DatabaseClient db;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	WarningJob(DatabaseClient db, RecordKeeper recordKeeper, TransactionalOperator tx, BureauClock time, Jobs jobs) {
		super(JOB, time, jobs);
		this.db = db;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
	}

	record Candidate(String kind, String fact, String jurisdiction, String licenseNo, String businessName,
			String reasonZh, String reasonEn, String link) {
	}

	/** The warnings the data calls for on {@code today}, each rule in turn. */
	@Override
	protected Flux<Candidate> candidates(LocalDate today) {
		return Flux.concat(repeatedReports(today), reportedWhileInvalid(today), overdueRectifications(),
				outsideLayoutPlan());
	}

	@Override
	protected String describe(Candidate c) {
		return c.kind() + " " + c.licenseNo();
	}

	private Flux<Candidate> repeatedReports(LocalDate today) {
		return this.db
			.sql("select c.license_no, l.jurisdiction, l.business_name, count(*) as n, max(c.occurred_on) as last "
					+ "from credit_record c join license l on l.number = c.license_no "
					+ "where c.kind = 'SUBSTANTIATED_REPORT' and c.occurred_on > :since and c.occurred_on <= :today "
					+ "group by c.license_no, l.jurisdiction, l.business_name having count(*) >= " + REPORTS)
			.bind("since", today.minusDays(90))
			.bind("today", today)
			.map((row) -> {
				String no = row.get("license_no", String.class);
				long n = row.get("n", Long.class);
				LocalDate last = row.get("last", LocalDate.class);
				return new Candidate("REPEATED_REPORTS", "reports:" + n + ":" + last,
						row.get("jurisdiction", String.class), no, row.get("business_name", String.class),
						"90 日内被查实举报 " + n + " 次（最近一次 " + last + "）",
						n + " substantiated reports in 90 days (the latest on " + last + ")", licenseLink(no));
			})
			.all();
	}

	private Flux<Candidate> reportedWhileInvalid(LocalDate today) {
		return this.db.sql("select c.license_no, l.jurisdiction, l.business_name, l.status, l.valid_until, "
				+ "count(*) as n, max(c.occurred_on) as last from credit_record c join license l on l.number = c.license_no "
				+ "where c.kind = 'SUBSTANTIATED_REPORT' and ((l.status in ('SUSPENDED', 'CLOSED', 'REVOKED') "
				+ "and c.occurred_on > cast(l.updated_at at time zone :zone as date)) "
				+ "or ((l.status = 'EXPIRED' or l.valid_until < :today) and c.occurred_on > l.valid_until)) "
				+ "group by c.license_no, l.jurisdiction, l.business_name, l.status, l.valid_until")
			.bind("today", today)
			.bind("zone", time().zoneId())
			.map((row) -> {
				String no = row.get("license_no", String.class);
				String status = row.get("status", String.class);
				LocalDate last = row.get("last", LocalDate.class);
				long n = row.get("n", Long.class);
				String[] words = switch (status) {
					case "SUSPENDED" -> new String[] { "停业", "suspended" };
					case "CLOSED" -> new String[] { "歇业", "closed" };
					case "REVOKED" -> new String[] { "撤销", "revoked" };
					default -> new String[] { "过期", "expired" };
				};
				return new Candidate("REPORTED_WHILE_INVALID", "after:" + status + ":" + last,
						row.get("jurisdiction", String.class), no, row.get("business_name", String.class),
						"许可证已" + words[0] + "，其后仍被查实举报经营 " + n + " 次（最近一次 " + last + "）",
						"The license is " + words[1] + ", yet " + n + " substantiated report(s) of selling came after "
								+ "(the latest on " + last + ")",
						licenseLink(no));
			})
			.all();
	}

	private Flux<Candidate> overdueRectifications() {
		return this.db
			.sql("select r.id, r.visit_id, r.license_no, r.jurisdiction, r.due_on, l.business_name "
					+ "from rectification r left join license l on l.number = r.license_no where r.state = 'OVERDUE'")
			.map((row) -> {
				LocalDate due = row.get("due_on", LocalDate.class);
				return new Candidate("OVERDUE_RECTIFICATION", "rectification:" + row.get("id", UUID.class),
						row.get("jurisdiction", String.class), row.get("license_no", String.class),
						row.get("business_name", String.class), "整改期限 " + due + " 已过，复查未通过或未按期复查",
						"The rectification was due on " + due
								+ "; the re-inspection did not pass or was not made in time",
						"/console/supervision/visits/" + row.get("visit_id", UUID.class));
			})
			.all();
	}

	private Flux<Candidate> outsideLayoutPlan() {
		return this.db
			.sql("select a.number, a.jurisdiction, a.business_name, s.updated_at, s.outlet_spacing_m, "
					+ "s.school_distance_m, (select min(" + METRES + ") from license b where b.number <> a.number "
					+ "and b.status = 'ACTIVE' and b.latitude between a.latitude - 0.01 and a.latitude + 0.01 "
					+ "and b.longitude between a.longitude - 0.012 and a.longitude + 0.012) as outlet_m, "
					+ "(select min(" + METRES + ") from sensitive_place b where b.removed_at is null "
					+ "and b.latitude between a.latitude - 0.01 and a.latitude + 0.01 "
					+ "and b.longitude between a.longitude - 0.012 and a.longitude + 0.012) as school_m "
					+ "from license a join jurisdiction_settings s on s.code = a.jurisdiction "
					+ "where a.status = 'ACTIVE' and a.latitude is not null and a.longitude is not null "
					+ "and s.updated_at > a.issued_at")
			.map((row) -> {
				Double outlet = row.get("outlet_m", Double.class);
				Double school = row.get("school_m", Double.class);
				int spacing = row.get("outlet_spacing_m", Integer.class);
				int distance = row.get("school_distance_m", Integer.class);
				StringBuilder zh = new StringBuilder("布局规则调整后不再符合：");
				StringBuilder en = new StringBuilder("No longer meets the layout rules after they changed:");
				boolean outside = false;
				if (outlet != null && outlet < spacing) {
					zh.append("与最近持证网点相距 ")
						.append(Math.round(outlet))
						.append(" 米（应不少于 ")
						.append(spacing)
						.append(" 米）；");
					en.append(" ")
						.append(Math.round(outlet))
						.append(" m from the nearest outlet (at least ")
						.append(spacing)
						.append(" m);");
					outside = true;
				}
				if (school != null && school < distance) {
					zh.append("与最近学校或幼儿园相距 ")
						.append(Math.round(school))
						.append(" 米（应不少于 ")
						.append(distance)
						.append(" 米）；");
					en.append(" ")
						.append(Math.round(school))
						.append(" m from the nearest school or kindergarten (at least ")
						.append(distance)
						.append(" m);");
					outside = true;
				}
				if (!outside) {
					return new Candidate(null, null, null, null, null, null, null, null);
				}
				String no = row.get("number", String.class);
				return new Candidate("OUTSIDE_LAYOUT_PLAN",
						"rules:" + row.get("updated_at", OffsetDateTime.class).toInstant(),
						row.get("jurisdiction", String.class), no, row.get("business_name", String.class),
						zh.substring(0, zh.length() - 1), en.substring(0, en.length() - 1), licenseLink(no));
			})
			.all()
			.filter((c) -> c.kind() != null);
	}

	/**
	 * Raises one warning, unless one of its kind is open for the license or the fact is
	 * known.
	 */
	@Override
	protected Mono<Boolean> step(Candidate c, LocalDate today) {
		UUID id = UUID.randomUUID();
		Instant now = time().now();
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("warningId", id.toString());
		event.put("kind", c.kind());
		event.put("jurisdiction", c.jurisdiction());
		event.put("licenseNo", c.licenseNo());
		event.put("reason", c.reasonZh());
		event.put("raisedOn", today.toString());
		return this.db
			.sql("insert into supervision_warning (id, kind, fact_key, jurisdiction, license_no, business_name, "
					+ "reason_zh, reason_en, link, raised_on, created_at) select :id, :kind, :fact, :j, :no, :name, "
					+ ":zh, :en, :link, :today, :at where not exists (select 1 from supervision_warning "
					+ "where kind = :kind and license_no = :no and state <> 'CLOSED') "
					+ "on conflict (kind, license_no, fact_key) do nothing")
			.bind("id", id)
			.bind("kind", c.kind())
			.bind("fact", c.fact())
			.bind("j", c.jurisdiction())
			.bind("no", c.licenseNo())
			.bind("name", (c.businessName() != null) ? c.businessName() : "")
			.bind("zh", c.reasonZh())
			.bind("en", c.reasonEn())
			.bind("link", c.link())
			.bind("today", today)
			.bind("at", now.atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated()
			.flatMap((n) -> (n == 0) ? Mono.just(false)
					: this.recordKeeper
						.record(Warnings.AGGREGATE, id, "RAISED", "system", event, "SupervisionWarningRaised", event)
						.thenReturn(true))
			.as(this.tx::transactional);
	}

	private static String licenseLink(String licenseNo) {
		return "/console/supervision/licenses/" + licenseNo;
	}

}
