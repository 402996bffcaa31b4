package cn.gov.tobacco.licensing.supervision;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.credit.CreditStandings;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * 码上查烟: what an INSPECTOR (or a SUPERVISOR) sees after a scan. A license outside the
 * caller's jurisdiction is answered with its verdict only. A scan changes nothing.
 */
@Component
class Scans {

	private final Verdicts verdicts;

	private final CreditStandings standings;

	private final DatabaseClient db;

	private final BureauClock time;

	Scans(Verdicts verdicts, CreditStandings standings, DatabaseClient db, BureauClock time) {
		this.verdicts = verdicts;
		this.standings = standings;
		this.db = db;
		this.time = time;
	}

	/** Counts of what is still open about a license. */
	record OpenItems(int openRectifications, int pendingPostVerifications, int substantiatedReports90Days,
			int pendingPenalties) {
	}

	/**
	 * The answer; license, grade, items and visit only within the caller's jurisdiction.
	 */
	record Scan(Verdicts.Verdict verdict, boolean inScope, String grade, OpenItems openItems, Visit visit,
			List<Checklists.Item> checklist) {
	}

	Mono<Scan> scan(Caller caller, String code) {
		if (!Access.holds(caller, EnumSet.of(Role.INSPECTOR, Role.SUPERVISOR))) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("码上查烟仅供检查和督办人员使用", "Scanning licenses is for inspectors and supervisors")));
		}
		return this.verdicts.of(code).flatMap((v) -> {
			Verdicts.LicenseFacts l = v.license();
			if (l == null || !caller.covers(l.jurisdiction())) {
				return Mono.just(new Scan(v, false, null, null, null, Checklists.of("UNPLANNED", false, null)));
			}
			Mono<String> grade = this.standings.of(List.of(l.holderSubject()))
				.map((m) -> m.getOrDefault(l.holderSubject(), CreditStandings.Standing.CLEAN).grade());
			Mono<Visit> visit = caller.has(Role.INSPECTOR) ? assigned(caller, l.number()) : Mono.empty();
			return Mono.zip(grade, openItems(l), visit.map(List::of).defaultIfEmpty(List.of())).flatMap((t) -> {
				Visit assigned = t.getT3().isEmpty() ? null : t.getT3().get(0);
				String kind = (assigned != null) ? assigned.kind() : "UNPLANNED";
				Mono<List<String>> rectifying = (assigned != null && assigned.rectificationId() != null)
						? Rectifications.failedItems(this.db, assigned.rectificationId()) : Mono.just(List.of());
				return rectifying.map((items) -> new Scan(v, true, t.getT1(), t.getT2(), assigned,
						Checklists.of(kind, l.sellsECigarettes(), items)));
			});
		});
	}

	/** The caller's earliest planned visit of the license. */
	private Mono<Visit> assigned(Caller caller, String number) {
		return this.db
			.sql("select " + Visit.COLUMNS + Visit.FROM
					+ " where v.license_no = :no and v.inspector = :me and v.state = 'PLANNED' order by v.due_on, v.id "
					+ "limit 1")
			.bind("no", number)
			.bind("me", caller.subject())
			.map(Visit::of)
			.one();
	}

	private Mono<OpenItems> openItems(Verdicts.LicenseFacts l) {
		LocalDate since = this.time.today().minusDays(90);
		return this.db.sql("select "
				+ "(select count(*) from rectification where license_no = :no and state in ('OPEN', 'OVERDUE')) as r, "
				+ "(select count(*) from post_verification where license_no = :no and status = 'PENDING') as p, "
				+ "(select count(*) from credit_record where kind = 'SUBSTANTIATED_REPORT' and occurred_on >= :since "
				+ "and (license_no = :no or (license_no is null and subject = :holder))) as s, "
				+ "(select count(*) from inspection_visit where license_no = :no and penalty = 'PENDING') as x")
			.bind("no", l.number())
			.bind("since", since)
			.bind("holder", l.holderSubject())
			.map((row) -> new OpenItems(row.get("r", Long.class).intValue(), row.get("p", Long.class).intValue(),
					row.get("s", Long.class).intValue(), row.get("x", Long.class).intValue()))
			.one();
	}

}
