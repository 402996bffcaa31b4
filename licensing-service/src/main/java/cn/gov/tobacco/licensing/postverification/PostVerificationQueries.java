package cn.gov.tobacco.licensing.postverification;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.KeysetScan;
import cn.gov.tobacco.platform.paging.KeysetScan.Key;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * The post-verification tasks of the caller's subtree (INSPECTOR, CLERK, SUPERVISOR,
 * ADMIN): overdue first (PENDING after the due day), then by due day; keyset-paged with
 * the true total.
 */
@Component
class PostVerificationQueries {

	static final List<String> STATUSES = List.of("PENDING", "FULFILLED", "BREACHED");

	private static final String OVERDUE = "(p.status = 'PENDING' and p.due_on < :today)";

	private final DatabaseClient db;

	private final BureauClock time;

	PostVerificationQueries(DatabaseClient db, BureauClock time) {
		this.db = db;
		this.time = time;
	}

	/**
	 * A listed task.
	 *
	 * @param task the task
	 * @param businessName the license holder's business name
	 * @param overdue still PENDING after its due day
	 */
	record Listed(PostVerifications.Task task, String businessName, boolean overdue) {
	}

	Mono<Page<Listed>> page(Caller caller, String status, Boolean overdue, int limit, KeysetCursor after) {
		if (status != null && !STATUSES.contains(status)) {
			throw ApiException.validation(List
				.of(FieldProblem.of("status", "取值须为 " + String.join("、", STATUSES), "must be one of " + STATUSES)));
		}
		if (!Access.holds(caller, EnumSet.of(Role.INSPECTOR, Role.CLERK, Role.SUPERVISOR, Role.ADMIN))) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN, Text.of("事后核查任务仅供核查、受理、督办和管理人员查看",
					"Post-verification tasks are for inspectors, clerks, supervisors and administrators")));
		}
		LocalDate today = this.time.today();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("subtree", Access.subtree(caller));
		params.put("today", today);
		StringBuilder where = new StringBuilder(" where p.jurisdiction like :subtree");
		if (status != null) {
			where.append(" and p.status = :status");
			params.put("status", status);
		}
		if (overdue != null) {
			where.append(overdue ? " and " + OVERDUE : " and not " + OVERDUE);
		}
		String from = " from (select p.id, p.application_id, p.license_no, p.jurisdiction, p.subject, p.due_on, "
				+ "p.status, p.findings, p.recorded_by, l.business_name, (case when " + OVERDUE
				+ " then 0 else 1 end) as rank from post_verification p left join license l on l.number = p.license_no"
				+ where + ") t where true";
		return KeysetScan.Query.ascending("t.*", from, params, "t.id", Key.number("t.rank"), Key.date("t.due_on"))
			.read(this.db, after, limit, PostVerificationQueries::listed, (l) -> KeysetCursor
				.after(List.of(l.overdue() ? "0" : "1", l.task().dueOn().toString()), l.task().id()));
	}

	private static Listed listed(Readable row) {
		PostVerifications.Task task = new PostVerifications.Task(row.get("id", UUID.class),
				row.get("application_id", UUID.class), row.get("license_no", String.class),
				row.get("jurisdiction", String.class), row.get("subject", String.class),
				row.get("due_on", LocalDate.class), row.get("status", String.class), row.get("findings", String.class),
				row.get("recorded_by", String.class));
		return new Listed(task, row.get("business_name", String.class), row.get("rank", Integer.class) == 0);
	}

}
