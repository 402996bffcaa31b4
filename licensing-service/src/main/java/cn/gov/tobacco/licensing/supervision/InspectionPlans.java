package cn.gov.tobacco.licensing.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.credit.CreditStandings;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.KeysetScan.Key;
import cn.gov.tobacco.platform.paging.KeysetScan;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * Generates a district's monthly plan ({@link PlanRules}) from its active licenses, their
 * holders' credit standing, pending post-verifications and earlier plans; lists and
 * reassigns its visits. Who may do what: a SUPERVISOR generates and reassigns in their
 * subtree; SUPERVISOR and ADMIN read the plans and visits of their subtree; an INSPECTOR
 * reads only the visits assigned to them.
 */
@Component
class InspectionPlans {

	static final String PLAN = "inspection_plan";

	static final String VISIT = "inspection_visit";

	private final DatabaseClient db;

	private final SupervisionSettings settings;

	private final CreditStandings standings;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	private final BureauClock time;

	InspectionPlans(DatabaseClient db, SupervisionSettings settings, CreditStandings standings,
			RecordKeeper recordKeeper, TransactionalOperator tx, BureauClock time) {
		this.db = db;
		this.settings = settings;
		this.standings = standings;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
		this.time = time;
	}

	/** A generated plan with its counts. */
	record Plan(UUID id, String jurisdiction, YearMonth month, long seed, double randomShare, int activeLicenses,
			Map<String, Integer> byKind, Map<String, Integer> byGrade, Instant generatedAt, String generatedBy,
			Instant publishedAt, String publishedBy) {

		int visits() {
			return this.byKind.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	Mono<Plan> generate(Caller caller, String jurisdiction, String monthText, Long seed) {
		YearMonth month = month(monthText);
		return supervisorOf(caller, jurisdiction).then(Mono.defer(() -> {
			if (jurisdiction.endsWith("00")) {
				return Mono.error(ApiException.businessRule("检查计划按区县生成，请选择一个区县",
						"A plan is for one district; choose a district, not a city or province"));
			}
			YearMonth current = this.time.month();
			if (month.isBefore(current) || month.isAfter(current.plusMonths(12))) {
				return Mono.error(ApiException.businessRule("只能生成本月至 12 个月内的检查计划",
						"A plan can be generated for this month up to 12 months ahead"));
			}
			long drawSeed = (seed != null) ? seed : ThreadLocalRandom.current().nextLong();
			return this.settings.of(jurisdiction)
				.flatMap((s) -> build(caller, jurisdiction, month, drawSeed, s))
				.as(this.tx::transactional)
				.onErrorMap(DataIntegrityViolationException.class, (ex) -> exists());
		}));
	}

	private Mono<Plan> build(Caller caller, String jurisdiction, YearMonth month, long seed,
			SupervisionSettings.Settings s) {
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		Mono<Boolean> taken = this.db.sql("select 1 from inspection_plan where jurisdiction = :j and month = :m")
			.bind("j", jurisdiction)
			.bind("m", first)
			.map((row) -> true)
			.one()
			.defaultIfEmpty(false);
		Mono<Map<String, String>> licenses = this.db
			.sql("select number, holder_subject from license where jurisdiction = :j and status = 'ACTIVE'")
			.bind("j", jurisdiction)
			.map((row) -> Map.entry(row.get("number", String.class), row.get("holder_subject", String.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
		Mono<Set<String>> dueChecks = this.db
			.sql("select distinct license_no from post_verification where status = 'PENDING' and due_on <= :last "
					+ "and jurisdiction like :j")
			.bind("last", last)
			.bind("j", jurisdiction + "%")
			.map((row) -> row.get("license_no", String.class))
			.all()
			.collect(Collectors.toSet());
		Mono<Map<String, YearMonth>> lastVisits = this.db
			.sql("select license_no, max(month) as last from inspection_visit where jurisdiction = :j "
					+ "and license_no is not null and month < :m and month >= :since group by license_no")
			.bind("j", jurisdiction)
			.bind("m", first)
			.bind("since", first.minusMonths(12))
			.map((row) -> Map.entry(row.get("license_no", String.class),
					YearMonth.from(row.get("last", LocalDate.class))))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
		return taken
			.flatMap((isTaken) -> isTaken ? Mono.<Plan>error(exists()) : Mono.zip(licenses, dueChecks, lastVisits)
				.flatMap((t) -> this.standings.of(t.getT1().values()).flatMap((standing) -> {
					List<PlanRules.Candidate> candidates = new ArrayList<>();
					t.getT1().forEach((number, subject) -> {
						CreditStandings.Standing st = standing.getOrDefault(subject, CreditStandings.Standing.CLEAN);
						candidates.add(new PlanRules.Candidate(number, st.grade(), st.recentReport(), st.recentBreach(),
								t.getT2().contains(number), t.getT3().get(number)));
					});
					List<PlanRules.Visit> visits = PlanRules.plan(candidates, month, s.randomShare(), seed,
							s.inspectors());
					return write(caller, jurisdiction, month, seed, s.randomShare(), candidates.size(), visits, last);
				})));
	}

	private Mono<Plan> write(Caller caller, String jurisdiction, YearMonth month, long seed, double share, int active,
			List<PlanRules.Visit> visits, LocalDate dueOn) {
		UUID id = UUID.randomUUID();
		Instant at = this.time.now();
		Plan plan = new Plan(id, jurisdiction, month, seed, share, active, count(visits, PlanRules.Visit::kind),
				count(visits, PlanRules.Visit::grade), at, caller.subject(), null, null);
		int n = visits.size();
		String[] ids = new String[n];
		String[] numbers = new String[n];
		String[] kinds = new String[n];
		String[] grades = new String[n];
		String[] reasons = new String[n];
		String[] inspectors = new String[n];
		for (int i = 0; i < n; i++) {
			PlanRules.Visit v = visits.get(i);
			ids[i] = UUID.randomUUID().toString();
			numbers[i] = v.licenseNo();
			kinds[i] = v.kind();
			grades[i] = v.grade();
			reasons[i] = String.join(",", v.reasons());
			inspectors[i] = v.inspector();
		}
		Mono<Void> insertPlan = this.db
			.sql("insert into inspection_plan (id, jurisdiction, month, seed, random_share, active_licenses, "
					+ "generated_by, generated_at) values (:id, :j, :m, :seed, :share, :active, :by, :at)")
			.bind("id", id)
			.bind("j", jurisdiction)
			.bind("m", month.atDay(1))
			.bind("seed", seed)
			.bind("share", BigDecimal.valueOf(share))
			.bind("active", active)
			.bind("by", caller.subject())
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.then();
		// one statement for the whole plan, however many visits it holds
		Mono<Void> insertVisits = (n == 0) ? Mono.empty() : this.db
			.sql("insert into inspection_visit (id, plan_id, month, license_no, jurisdiction, kind, grade, reasons, "
					+ "inspector, due_on) select v.id::uuid, :plan, :m, v.no, :j, v.kind, v.grade, "
					+ "string_to_array(v.reasons, ','), v.inspector, :due from unnest(cast(:ids as text[]), "
					+ "cast(:nos as text[]), cast(:kinds as text[]), cast(:grades as text[]), cast(:reasons as text[]), "
					+ "cast(:inspectors as text[])) " + "as v(id, no, kind, grade, reasons, inspector)")
			.bind("plan", id)
			.bind("m", month.atDay(1))
			.bind("j", jurisdiction)
			.bind("due", dueOn)
			.bind("ids", ids)
			.bind("nos", numbers)
			.bind("kinds", kinds)
			.bind("grades", grades)
			.bind("reasons", reasons)
			.bind("inspectors", inspectors)
			.then();
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("jurisdiction", jurisdiction);
		detail.put("month", month.toString());
		detail.put("seed", seed);
		detail.put("randomShare", share);
		detail.put("activeLicenses", active);
		detail.put("byKind", plan.byKind());
		detail.put("byGrade", plan.byGrade());
		Map<String, Object> event = new LinkedHashMap<>(detail);
		event.put("planId", id.toString());
		return insertPlan.then(insertVisits)
			.then(this.recordKeeper.record(PLAN, id, "GENERATED", caller.subject(), detail, "InspectionPlanGenerated",
					event))
			.thenReturn(plan);
	}

	Mono<Plan> get(Caller caller, UUID planId) {
		return readerOfPlans(caller).then(this.db.sql("select " + PLAN_COLUMNS + " from inspection_plan where id = :id")
			.bind("id", planId)
			.map(InspectionPlans::planRow)
			.one()
			.filter((p) -> caller.covers(p.jurisdiction()))
			.switchIfEmpty(Mono.error(InspectionPlans::noPlan))
			.flatMap(this::withCounts));
	}

	Mono<Plan> withCounts(Plan p) {
		return this.db
			.sql("select kind, grade, count(*) as n from inspection_visit where plan_id = :id group by kind, grade")
			.bind("id", p.id())
			.map((row) -> new String[] { row.get("kind", String.class), row.get("grade", String.class),
					String.valueOf(row.get("n", Long.class)) })
			.all()
			.collectList()
			.map((rows) -> {
				Map<String, Integer> byKind = new LinkedHashMap<>();
				Map<String, Integer> byGrade = new LinkedHashMap<>();
				for (String[] r : rows) {
					byKind.merge(r[0], Integer.parseInt(r[2]), Integer::sum);
					byGrade.merge(r[1], Integer.parseInt(r[2]), Integer::sum);
				}
				return new Plan(p.id(), p.jurisdiction(), p.month(), p.seed(), p.randomShare(), p.activeLicenses(),
						byKind, byGrade, p.generatedAt(), p.generatedBy(), p.publishedAt(), p.publishedBy());
			});
	}

	/** The list's filters (each may be null). */
	record VisitFilter(UUID planId, String kind, String state, String result, String penalty) {
	}

	Mono<Page<Visit>> visits(Caller caller, VisitFilter filter, int limit, KeysetCursor after) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where true");
		if (Access.holds(caller, Access.OVERSIGHT)) {
			where.append(" and v.jurisdiction like :subtree");
			params.put("subtree", Access.subtree(caller));
		}
		else if (Access.holds(caller, Role.INSPECTOR)) {
			where.append(" and v.inspector = :me");
			params.put("me", caller.subject());
		}
		else {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN, Text.of("检查任务仅供检查、督办和管理人员查看",
					"Inspection visits are for inspectors, supervisors and administrators")));
		}
		if (filter.planId() != null) {
			where.append(" and v.plan_id = :plan");
			params.put("plan", filter.planId());
		}
		Map<String, String> equal = new LinkedHashMap<>();
		equal.put("kind", filter.kind());
		equal.put("state", filter.state());
		equal.put("result", filter.result());
		equal.put("penalty", filter.penalty());
		equal.forEach((column, value) -> {
			if (value != null) {
				where.append(" and v.").append(column).append(" = :").append(column);
				params.put(column, value);
			}
		});
		return KeysetScan.Query
			.ascending(Visit.COLUMNS, Visit.FROM + where, params, "v.id", Key.date("v.month"),
					Key.text("coalesce(v.license_no, '')"))
			.read(this.db, after, limit, Visit::of, (v) -> KeysetCursor
				.after(List.of(v.month().atDay(1).toString(), (v.licenseNo() != null) ? v.licenseNo() : ""), v.id()));
	}

	Mono<Visit> reassign(Caller caller, UUID visitId, String inspector, String reason) {
		if (!Access.holds(caller, Role.SUPERVISOR)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有督办人员可以改派检查任务", "Only a supervisor reassigns a visit")));
		}
		return this.db
			.sql("select " + Visit.COLUMNS
					+ " from inspection_visit v left join license l on l.number = v.license_no where v.id = :id "
					+ "for update of v")
			.bind("id", visitId)
			.map(Visit::of)
			.one()
			.filter((v) -> caller.covers(v.jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("检查任务不存在", "No such visit")))
			.flatMap((v) -> {
				if (!"PLANNED".equals(v.state())) {
					return Mono.error(new ApiException(ProblemKind.CONFLICT,
							Text.of("该检查任务已完成或已取消，不能改派", "The visit is done or cancelled and cannot be reassigned")));
				}
				return this.settings.of(v.jurisdiction()).flatMap((s) -> {
					if (!s.inspectors().contains(inspector)) {
						return Mono.error(ApiException.businessRule("该人员不在本区县的检查人员名单中",
								"That person is not on the district's roster of inspectors"));
					}
					Visit moved = v.withInspector(inspector);
					Map<String, Object> detail = new LinkedHashMap<>();
					detail.put("visitId", v.id().toString());
					detail.put("licenseNo", v.licenseNo());
					detail.put("from", v.inspector());
					detail.put("to", inspector);
					detail.put("reason", reason);
					return this.db
						.sql("update inspection_visit set inspector = :to, version = version + 1 where id = :id")
						.bind("to", inspector)
						.bind("id", v.id())
						.then()
						.then(this.recordKeeper.record(VISIT, v.id(), "REASSIGNED", caller.subject(), detail,
								"InspectionVisitReassigned", detail))
						.thenReturn(moved);
				});
			})
			.as(this.tx::transactional);
	}

	/**
	 * A SUPERVISOR whose subtree covers the district: 403 for another role, 404 outside.
	 */
	private Mono<Void> supervisorOf(Caller caller, String jurisdiction) {
		if (!Access.holds(caller, Role.SUPERVISOR)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有督办人员可以生成检查计划", "Only a supervisor generates inspection plans")));
		}
		return caller.covers(jurisdiction) ? Mono.empty()
				: Mono.error(ApiException.notFound("该区县不在您的管辖范围内", "That district is outside your jurisdiction"));
	}

	private static Mono<Void> readerOfPlans(Caller caller) {
		return Access.holds(caller, EnumSet.of(Role.SUPERVISOR, Role.ADMIN)) ? Mono.empty()
				: Mono.error(new ApiException(ProblemKind.FORBIDDEN,
						Text.of("检查计划仅供督办和管理人员查看", "Inspection plans are for supervisors and administrators")));
	}

	private static YearMonth month(String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (RuntimeException ex) {
			throw ApiException
				.validation(List.of(FieldProblem.of("month", "月份格式应为 YYYY-MM", "must be a month such as 2027-01")));
		}
	}

	private static ApiException exists() {
		return new ApiException(ProblemKind.CONFLICT,
				Text.of("该区县该月的检查计划已生成", "The district's plan for that month has already been generated"));
	}

	private static ApiException noPlan() {
		return ApiException.notFound("检查计划不存在", "No such inspection plan");
	}

	private static <T> Map<String, Integer> count(List<T> items, java.util.function.Function<T, String> by) {
		Map<String, Integer> counts = new HashMap<>();
		for (T item : items) {
			counts.merge(by.apply(item), 1, Integer::sum);
		}
		return counts;
	}

	static final String PLAN_COLUMNS = "id, jurisdiction, month, seed, random_share, active_licenses, generated_by, "
			+ "generated_at, published_at, published_by";

	static Plan planRow(Readable row) {
		OffsetDateTime published = row.get("published_at", OffsetDateTime.class);
		return new Plan(row.get("id", UUID.class), row.get("jurisdiction", String.class),
				YearMonth.from(row.get("month", LocalDate.class)), row.get("seed", Long.class),
				row.get("random_share", BigDecimal.class).doubleValue(), row.get("active_licenses", Integer.class),
				Map.of(), Map.of(), row.get("generated_at", OffsetDateTime.class).toInstant(),
				row.get("generated_by", String.class), (published != null) ? published.toInstant() : null,
				row.get("published_by", String.class));
	}

}
