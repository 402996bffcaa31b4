package cn.gov.tobacco.licensing.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * Supervision statistics of a subtree over the visits due in a period: planned (not
 * cancelled), done, overdue (still PLANNED after the due date) per district and
 * inspector; random-check coverage per district; violation rate by grade.
 */
@Component
class Statistics {

	private final DatabaseClient db;

	private final BureauClock time;

	Statistics(DatabaseClient db, BureauClock time) {
		this.db = db;
		this.time = time;
	}

	record Counts(long planned, long done, long overdue) {
	}

	record District(String jurisdiction, Counts visits, long activeLicenses, long randomlyChecked) {

		double coverage() {
			return (this.activeLicenses == 0) ? 0 : (double) this.randomlyChecked / this.activeLicenses;
		}

	}

	record Grade(String grade, long recorded, long violations) {

		double rate() {
			return (this.recorded == 0) ? 0 : (double) this.violations / this.recorded;
		}

	}

	record Report(LocalDate from, LocalDate to, String jurisdiction, List<District> districts,
			Map<String, Counts> inspectors, List<Grade> grades) {
	}

	private static final String COUNTS = "count(*) filter (where state <> 'CANCELLED') as planned, "
			+ "count(*) filter (where state = 'DONE') as done, "
			+ "count(*) filter (where state = 'PLANNED' and due_on < :today) as overdue";

	Mono<Report> of(Caller caller, LocalDate from, LocalDate to, String jurisdiction) {
		if (!Access.holds(caller, EnumSet.of(Role.SUPERVISOR, Role.ADMIN))) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("监管统计仅供督办和管理人员查看", "Supervision statistics are for supervisors and administrators")));
		}
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
			return Mono.error(ApiException.validation(List.of(FieldProblem.of("to", "统计期间应为 1 至 366 天且结束不早于开始",
					"the period must run forwards and last at most 366 days"))));
		}
		String scope = (jurisdiction != null) ? jurisdiction : caller.jurisdiction().code();
		if (!caller.covers(scope)) {
			return Mono.error(ApiException.notFound("该区县不在您的管辖范围内", "That district is outside your jurisdiction"));
		}
		String like = Access.subtreeOf(scope);
		LocalDate today = this.time.today();
		String period = " from inspection_visit where jurisdiction like :like and due_on between :from and :to";
		Mono<Map<String, Counts>> byDistrict = this.db
			.sql("select jurisdiction, " + COUNTS + period + " group by jurisdiction")
			.bind("like", like)
			.bind("from", from)
			.bind("to", to)
			.bind("today", today)
			.map((row) -> Map.entry(row.get("jurisdiction", String.class), counts(row)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new);
		Mono<Map<String, Counts>> byInspector = this.db
			.sql("select coalesce(inspector, '') as inspector, " + COUNTS + period + " group by 1")
			.bind("like", like)
			.bind("from", from)
			.bind("to", to)
			.bind("today", today)
			.map((row) -> Map.entry(row.get("inspector", String.class), counts(row)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, TreeMap::new);
		Mono<Map<String, long[]>> licenses = this.db.sql(
				"select l.jurisdiction, count(*) as active, (select count(distinct v.license_no) from inspection_visit v "
						+ "where v.jurisdiction = l.jurisdiction and v.kind = 'RANDOM' and v.state = 'DONE' "
						+ "and v.due_on between :from and :to) as checked from license l "
						+ "where l.jurisdiction like :like and l.status = 'ACTIVE' group by l.jurisdiction")
			.bind("like", like)
			.bind("from", from)
			.bind("to", to)
			.map((row) -> Map.entry(row.get("jurisdiction", String.class),
					new long[] { row.get("active", Long.class), row.get("checked", Long.class) }))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
		Mono<List<Grade>> grades = this.db
			.sql("select grade, count(*) as recorded, count(*) filter (where result = 'VIOLATION') as violations"
					+ period + " and state = 'DONE' and grade is not null group by grade order by grade")
			.bind("like", like)
			.bind("from", from)
			.bind("to", to)
			.map((row) -> new Grade(row.get("grade", String.class), row.get("recorded", Long.class),
					row.get("violations", Long.class)))
			.all()
			.collectList();
		return Mono.zip(byDistrict, byInspector, licenses, grades).map((t) -> {
			Map<String, District> districts = new TreeMap<>();
			t.getT1().forEach((j, c) -> districts.put(j, new District(j, c, 0, 0)));
			t.getT3()
				.forEach((j, l) -> districts.merge(j, new District(j, new Counts(0, 0, 0), l[0], l[1]),
						(a, b) -> new District(j, a.visits(), b.activeLicenses(), b.randomlyChecked())));
			Map<String, Grade> byGrade = new LinkedHashMap<>();
			for (String g : List.of("A", "B", "C", "D")) {
				byGrade.put(g, new Grade(g, 0, 0));
			}
			t.getT4().forEach((g) -> byGrade.put(g.grade(), g));
			return new Report(from, to, scope, new ArrayList<>(districts.values()), t.getT2(),
					new ArrayList<>(byGrade.values()));
		});
	}

	private static Counts counts(io.r2dbc.spi.Readable row) {
		return new Counts(row.get("planned", Long.class), row.get("done", Long.class), row.get("overdue", Long.class));
	}

}
