package cn.gov.tobacco.licensing.creditrepair;

import java.time.OffsetDateTime;
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
import cn.gov.tobacco.licensing.credit.CreditRecords;
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
 * The list of repair requests: a retailer's own, or (CLERK, SUPERVISOR, ADMIN) those of
 * the retailers their subtree covers, i.e. with a license or a non-draft application in
 * it (the rule of {@link CreditRecords#covered}). Pending first, oldest first,
 * keyset-paged with the true total. Each request names the record's kind and credit code,
 * and the retailer's business name and jurisdiction (their newest license in scope, else
 * their newest application in scope).
 */
@Component
class CreditRepairQueries {

	static final List<String> STATUSES = List.of("PENDING", "GRANTED", "REFUSED");

	private static final String RANK = "(case when r.status = 'PENDING' then 0 else 1 end)";

	/** The retailer's business name and jurisdiction inside the subtree. */
	private static final String SCOPE = " lateral (select c.jurisdiction, c.business_name from ("
			+ "select l.jurisdiction, l.business_name, 0 as pref, l.issued_at as at from license l "
			+ "where l.holder_subject = r.subject and l.jurisdiction like :subtree union all "
			+ "select a.jurisdiction, a.business_name, 1, a.created_at from application a "
			+ "where a.applicant_subject = r.subject and a.jurisdiction like :subtree and a.state <> 'DRAFT'"
			+ ") c order by c.pref, c.at desc limit 1) j";

	private final DatabaseClient db;

	CreditRepairQueries(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * A listed request.
	 *
	 * @param repair the request
	 * @param recordKind the kind of the record to repair
	 * @param creditCode the credit code the record was written against
	 * @param businessName the retailer's business name
	 * @param jurisdiction the retailer's jurisdiction
	 */
	record Listed(CreditRepairs.Repair repair, String recordKind, String creditCode, String businessName,
			String jurisdiction) {
	}

	Mono<Page<Listed>> page(Caller caller, String status, int limit, KeysetCursor after) {
		if (status != null && !STATUSES.contains(status)) {
			throw ApiException.validation(List
				.of(FieldProblem.of("status", "取值须为 " + String.join("、", STATUSES), "must be one of " + STATUSES)));
		}
		boolean staff = Access.holds(caller, EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.ADMIN));
		if (!staff && !caller.has(Role.RETAILER)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有零售户本人或受理、督办、管理人员可以查看信用修复申请", "Only the retailer or bureau clerks, supervisors and "
							+ "administrators see credit repair requests")));
		}
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder from = new StringBuilder(" from credit_repair r join credit_record k on k.id = r.record_id");
		if (staff) {
			from.append(" cross join").append(SCOPE).append(" where true");
			params.put("subtree", Access.subtree(caller));
		}
		else {
			from.append(" left join").append(SCOPE).append(" on true where r.subject = :me");
			params.put("subtree", "%");
			params.put("me", caller.subject());
		}
		if (status != null) {
			from.append(" and r.status = :status");
			params.put("status", status);
		}
		return KeysetScan.Query
			.ascending(
					"r.id, r.record_id, r.subject, r.reason, r.status, r.requested_at, r.decided_at, r.decision, "
							+ "k.kind, k.credit_code, j.jurisdiction, j.business_name",
					from.toString(), params, "r.id", Key.number(RANK), Key.instant("r.requested_at"))
			.read(this.db, after, limit, CreditRepairQueries::listed, (l) -> KeysetCursor.after(
					List.of("PENDING".equals(l.repair().status()) ? "0" : "1", l.repair().requestedAt().toString()),
					l.repair().id()));
	}

	private static Listed listed(Readable row) {
		OffsetDateTime decided = row.get("decided_at", OffsetDateTime.class);
		CreditRepairs.Repair repair = new CreditRepairs.Repair(row.get("id", UUID.class),
				row.get("record_id", UUID.class), row.get("subject", String.class), row.get("reason", String.class),
				row.get("status", String.class), row.get("requested_at", OffsetDateTime.class).toInstant(),
				(decided != null) ? decided.toInstant() : null, row.get("decision", String.class));
		return new Listed(repair, row.get("kind", String.class), row.get("credit_code", String.class),
				row.get("business_name", String.class), row.get("jurisdiction", String.class));
	}

}
