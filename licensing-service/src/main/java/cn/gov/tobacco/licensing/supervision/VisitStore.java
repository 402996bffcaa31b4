package cn.gov.tobacco.licensing.supervision;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * Reads visits for the people who may see them and writes the visits outside a monthly
 * plan. Who sees a visit: the INSPECTOR it is assigned to; SUPERVISOR, APPROVER and ADMIN
 * of a subtree that covers its district. Other roles get 403, a visit not theirs 404.
 */
@Component
class VisitStore {

	static final String AGGREGATE = "inspection_visit";

	private final DatabaseClient db;

	VisitStore(DatabaseClient db) {
		this.db = db;
	}

	/** A new visit outside a monthly plan. */
	record NewVisit(UUID id, String licenseNo, String jurisdiction, String kind, String grade, List<String> reasons,
			String inspector, LocalDate dueOn, String address, UUID rectificationId, UUID warningId, String scannedCode,
			String scanVerdict, Double latitude, Double longitude, String createdBy) {
	}

	Mono<Visit> readable(Caller caller, UUID id, boolean forUpdate) {
		if (!Access.holds(caller, EnumSet.of(Role.INSPECTOR, Role.SUPERVISOR, Role.APPROVER, Role.ADMIN))) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN, Text.of("检查任务仅供检查、审批、督办和管理人员查看",
					"Visits are for inspectors, approvers, supervisors and administrators")));
		}
		return byId(id, forUpdate).filter((v) -> reads(caller, v)).switchIfEmpty(Mono.error(VisitStore::noVisit));
	}

	/** The visit if it is assigned to the calling INSPECTOR; 403 for another role. */
	Mono<Visit> assignedTo(Caller caller, UUID id) {
		if (!Access.holds(caller, Role.INSPECTOR)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有被指派的检查人员可以记录检查", "Only the inspector the visit is assigned to records it")));
		}
		return byId(id, true).filter((v) -> caller.subject().equals(v.inspector()))
			.switchIfEmpty(Mono.error(VisitStore::noVisit));
	}

	static boolean reads(Caller caller, Visit v) {
		if (Access.holdsOver(caller, Access.OVERSIGHT, v.jurisdiction())) {
			return true;
		}
		return caller.has(Role.INSPECTOR) && caller.subject().equals(v.inspector());
	}

	Mono<Visit> byId(UUID id, boolean forUpdate) {
		return this.db
			.sql("select " + Visit.COLUMNS + Visit.FROM + " where v.id = :id" + (forUpdate ? " for update of v" : ""))
			.bind("id", id)
			.map(Visit::of)
			.one();
	}

	Mono<Void> insert(NewVisit n) {
		var spec = this.db
			.sql("insert into inspection_visit (id, plan_id, month, license_no, jurisdiction, kind, grade, reasons, "
					+ "inspector, due_on, address, rectification_id, warning_id, scanned_code, scan_verdict, latitude, "
					+ "longitude, created_by) values (:id, null, :month, :no, :j, :kind, :grade, "
					+ "cast(:reasons as text[]), :inspector, :due, :address, :rect, :warning, :code, :verdict, :lat, "
					+ ":lon, :by)")
			.bind("id", n.id())
			.bind("month", n.dueOn().withDayOfMonth(1))
			.bind("j", n.jurisdiction())
			.bind("kind", n.kind())
			.bind("reasons", n.reasons().toArray(String[]::new))
			.bind("due", n.dueOn())
			.bind("by", n.createdBy());
		spec = bindOrNull(spec, "no", n.licenseNo(), String.class);
		spec = bindOrNull(spec, "grade", n.grade(), String.class);
		spec = bindOrNull(spec, "inspector", n.inspector(), String.class);
		spec = bindOrNull(spec, "address", n.address(), String.class);
		spec = bindOrNull(spec, "rect", n.rectificationId(), UUID.class);
		spec = bindOrNull(spec, "warning", n.warningId(), UUID.class);
		spec = bindOrNull(spec, "code", n.scannedCode(), String.class);
		spec = bindOrNull(spec, "verdict", n.scanVerdict(), String.class);
		spec = bindOrNull(spec, "lat", n.latitude(), Double.class);
		spec = bindOrNull(spec, "lon", n.longitude(), Double.class);
		return spec.then();
	}

	static <T> DatabaseClient.GenericExecuteSpec bindOrNull(DatabaseClient.GenericExecuteSpec spec, String name,
			T value, Class<T> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}

	static ApiException noVisit() {
		return ApiException.notFound("检查任务不存在", "No such visit");
	}

}
