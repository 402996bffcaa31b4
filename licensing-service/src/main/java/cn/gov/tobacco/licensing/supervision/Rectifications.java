package cn.gov.tobacco.licensing.supervision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.KeysetScan.Key;
import cn.gov.tobacco.platform.paging.KeysetScan;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * A violation's follow-up (整改): OPEN with a due date counted in the district's working
 * days ({@code rectificationDays}, default 15) from the day after the visit; RECTIFIED
 * when a re-inspection passes; OVERDUE when the re-inspection finds a violation again or
 * is not recorded by its own due date (a later passed re-inspection still rectifies it).
 */
@Component
class Rectifications {

	static final String AGGREGATE = "rectification";

	private static final String COLUMNS = "r.id, r.visit_id, r.license_no, r.jurisdiction, r.inspector, r.failed_items, "
			+ "r.opened_on, r.due_on, r.working_days, r.state, r.reinspection_visit_id, r.closed_on, l.business_name";

	private final DatabaseClient db;

	private final SupervisionSettings settings;

	private final CalendarService calendars;

	private final RecordKeeper recordKeeper;

	Rectifications(DatabaseClient db, SupervisionSettings settings, CalendarService calendars,
			RecordKeeper recordKeeper) {
		this.db = db;
		this.settings = settings;
		this.calendars = calendars;
		this.recordKeeper = recordKeeper;
	}

	record Rectification(UUID id, UUID visitId, String licenseNo, String businessName, String jurisdiction,
			String inspector, List<String> failedItems, LocalDate openedOn, LocalDate dueOn, int workingDays,
			String state, UUID reinspectionVisitId, LocalDate closedOn) {
	}

	/** Opens the follow-up of a violation, in the caller's transaction. */
	Mono<Rectification> open(Visit visit, List<String> failed, LocalDate today, String actor) {
		return this.settings.of(visit.jurisdiction()).zipWith(this.calendars.calendar()).flatMap((t) -> {
			int days = t.getT1().rectificationDays();
			LocalDate due = t.getT2().addWorkingDays(today, days).due();
			Rectification r = new Rectification(UUID.randomUUID(), visit.id(), visit.licenseNo(), visit.businessName(),
					visit.jurisdiction(), visit.inspector(), List.copyOf(failed), today, due, days, "OPEN", null, null);
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("visitId", visit.id().toString());
			detail.put("licenseNo", visit.licenseNo());
			detail.put("jurisdiction", visit.jurisdiction());
			detail.put("failedItems", failed);
			detail.put("dueOn", due.toString());
			detail.put("workingDays", days);
			Map<String, Object> event = new LinkedHashMap<>(detail);
			event.put("rectificationId", r.id().toString());
			return this.db
				.sql("insert into rectification (id, visit_id, license_no, jurisdiction, inspector, failed_items, "
						+ "opened_on, due_on, working_days) values (:id, :visit, :no, :j, :inspector, "
						+ "cast(:items as text[]), :opened, :due, :days)")
				.bind("id", r.id())
				.bind("visit", visit.id())
				.bind("no", visit.licenseNo())
				.bind("j", visit.jurisdiction())
				.bind("inspector", visit.inspector())
				.bind("items", failed.toArray(String[]::new))
				.bind("opened", today)
				.bind("due", due)
				.bind("days", days)
				.then()
				.then(this.recordKeeper.record(AGGREGATE, r.id(), "OPENED", actor, detail, "RectificationOpened",
						event))
				.thenReturn(r);
		});
	}

	/**
	 * A recorded REINSPECTION: PASSED rectifies, VIOLATION makes it OVERDUE (the new
	 * violation opens its own follow-up); SHOP_CLOSED changes nothing.
	 */
	Mono<Void> reinspected(UUID rectificationId, String result, LocalDate today, String actor) {
		String to = switch (result) {
			case "PASSED" -> "RECTIFIED";
			case "VIOLATION", "NOT_LICENSED" -> "OVERDUE";
			default -> null;
		};
		if (to == null) {
			return Mono.empty();
		}
		return this.db
			.sql("update rectification set state = :to, closed_on = :today, version = version + 1 "
					+ "where id = :id and state in ('OPEN', 'OVERDUE') returning license_no, jurisdiction")
			.bind("to", to)
			.bind("today", today)
			.bind("id", rectificationId)
			.map((row) -> Map.<String, Object>of("rectificationId", rectificationId.toString(), "licenseNo",
					row.get("license_no", String.class), "jurisdiction", row.get("jurisdiction", String.class), "state",
					to, "on", today.toString()))
			.one()
			.flatMap((event) -> this.recordKeeper.record(AGGREGATE, rectificationId, to, actor, event,
					"RECTIFIED".equals(to) ? "RectificationRectified" : "RectificationOverdue", event));
	}

	Mono<Rectification> ofVisit(UUID visitId) {
		return this.db.sql("select " + COLUMNS + FROM + " where r.visit_id = :v")
			.bind("v", visitId)
			.map(Rectifications::row)
			.one();
	}

	static Mono<List<String>> failedItems(DatabaseClient db, UUID rectificationId) {
		return db.sql("select failed_items from rectification where id = :id")
			.bind("id", rectificationId)
			.map((row) -> Arrays.asList(row.get("failed_items", String[].class)))
			.one()
			.defaultIfEmpty(List.of());
	}

	/** The open (not RECTIFIED) follow-ups of a license, by due date. */
	Mono<List<Rectification>> unrectified(String licenseNo) {
		return this.db
			.sql("select " + COLUMNS + FROM
					+ " where r.license_no = :no and r.state <> 'RECTIFIED' order by r.due_on, r.id")
			.bind("no", licenseNo)
			.map(Rectifications::row)
			.all()
			.collectList();
	}

	private static final String FROM = " from rectification r left join license l on l.number = r.license_no";

	/**
	 * SUPERVISOR, APPROVER and ADMIN: their subtree's; INSPECTOR: those of visits they
	 * made. By due date, keyset-paged with the true total.
	 */
	Mono<Page<Rectification>> list(Caller caller, String state, int limit, KeysetCursor after) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" where true");
		if (Access.holds(caller, Access.OVERSIGHT)) {
			where.append(" and r.jurisdiction like :subtree");
			params.put("subtree", Access.subtree(caller));
		}
		else if (Access.holds(caller, Role.INSPECTOR)) {
			where.append(" and r.inspector = :me");
			params.put("me", caller.subject());
		}
		else {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN, Text.of("整改跟踪仅供检查、审批、督办和管理人员查看",
					"Rectifications are for inspectors, approvers, supervisors and administrators")));
		}
		if (state != null) {
			where.append(" and r.state = :state");
			params.put("state", state);
		}
		return KeysetScan.Query.ascending(COLUMNS, FROM + where, params, "r.id", Key.date("r.due_on"))
			.read(this.db, after, limit, Rectifications::row, (r) -> new KeysetCursor(r.dueOn().toString(), r.id()));
	}

	static Rectification row(Readable row) {
		return new Rectification(row.get("id", UUID.class), row.get("visit_id", UUID.class),
				row.get("license_no", String.class), row.get("business_name", String.class),
				row.get("jurisdiction", String.class), row.get("inspector", String.class),
				Arrays.asList(row.get("failed_items", String[].class)), row.get("opened_on", LocalDate.class),
				row.get("due_on", LocalDate.class), row.get("working_days", Integer.class),
				row.get("state", String.class), row.get("reinspection_visit_id", UUID.class),
				row.get("closed_on", LocalDate.class));
	}

}
