package cn.gov.tobacco.licensing.credit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.problem.ApiException;
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
class PostVerificationList {

	static final List<String> STATUSES = List.of("PENDING", "FULFILLED", "BREACHED");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final String OVERDUE = "(p.status = 'PENDING' and p.due_on < :today)";

	private final DatabaseClient db;

	private final Clock clock;

	PostVerificationList(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
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

	record Page(List<Listed> items, long total, int limit, String nextCursor) {
	}

	Mono<Page> page(Caller caller, String status, Boolean overdue, int limit, RankedCursor after) {
		RankedCursor.oneOf("status", status, STATUSES);
		if (!caller.hasAny(Role.INSPECTOR, Role.CLERK, Role.SUPERVISOR, Role.ADMIN) || caller.jurisdiction() == null) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN, Text.of("事后核查任务仅供核查、受理、督办和管理人员查看",
					"Post-verification tasks are for inspectors, clerks, supervisors and administrators")));
		}
		LocalDate today = LocalDate.now(this.clock.withZone(CHINA));
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("subtree", caller.jurisdiction().likePattern());
		StringBuilder where = new StringBuilder(" where p.jurisdiction like :subtree");
		if (status != null) {
			where.append(" and p.status = :status");
			params.put("status", status);
		}
		if (overdue != null) {
			where.append(overdue ? " and " + OVERDUE : " and not " + OVERDUE);
			params.put("today", today);
		}
		String from = " from post_verification p left join license l on l.number = p.license_no" + where;
		Map<String, Object> pageParams = new LinkedHashMap<>(params);
		pageParams.put("today", today);
		String keyset = "";
		if (after != null) {
			keyset = " where (t.rank, t.due_on, t.id) > (:afterRank, :afterDue, :afterId)";
			pageParams.put("afterRank", after.rank());
			pageParams.put("afterDue", date(after.key()));
			pageParams.put("afterId", after.id());
		}
		pageParams.put("limit", limit + 1);
		Mono<List<Listed>> rows = this.db
			.sql("select * from (select p.id, p.application_id, p.license_no, p.jurisdiction, "
					+ "p.subject, p.due_on, p.status, p.findings, p.recorded_by, l.business_name, (case when " + OVERDUE
					+ " then 0 else 1 end) as rank" + from + ") t" + keyset
					+ " order by t.rank, t.due_on, t.id limit :limit")
			.bindValues(pageParams)
			.map(PostVerificationList::listed)
			.all()
			.collectList();
		Mono<Long> total = this.db.sql("select count(*)" + from)
			.bindValues(params)
			.map((row) -> row.get(0, Long.class))
			.one();
		return Mono.zip(rows, total).map((t) -> {
			List<Listed> items = t.getT1();
			boolean more = items.size() > limit;
			List<Listed> shown = more ? items.subList(0, limit) : items;
			String next = null;
			if (more) {
				Listed last = shown.get(limit - 1);
				next = new RankedCursor(last.overdue() ? 0 : 1, last.task().dueOn().toString(), last.task().id())
					.encode();
			}
			return new Page(shown, t.getT2(), limit, next);
		});
	}

	private static LocalDate date(String key) {
		try {
			return LocalDate.parse(key);
		}
		catch (DateTimeParseException ex) {
			throw RankedCursor.invalid();
		}
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
