package cn.gov.tobacco.complaints.callhistory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.complaints.audit.AuditTrail;
import cn.gov.tobacco.complaints.cases.CaseFilter;
import cn.gov.tobacco.complaints.cases.CaseOrder;
import cn.gov.tobacco.complaints.cases.CaseQueries;
import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.cases.Channel;
import cn.gov.tobacco.complaints.reporter.PhoneIndex;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.security.Caller;

/**
 * Earlier phone-channel cases of a phone number in the caller's subtree, rate-limited per
 * user ({@link LookupQuota}), newest first, keyset-paged with a true total. Each lookup
 * is appended, in the same transaction and before any data leaves, to the audit chain of
 * that number (aggregate type {@code caller-history}, id derived from the blind index:
 * the number itself is never written).
 */
@Service
public class CallerHistory {

	/** The aggregate type of lookup chains. */
	public static final String AGGREGATE = "caller-history";

	private final CaseQueries queries;

	private final PhoneIndex phoneIndex;

	private final AuditTrail audit;

	private final TransactionalOperator tx;

	private final LookupQuota quota;

	private final JsonMapper json;

	CallerHistory(CaseQueries queries, PhoneIndex phoneIndex, AuditTrail audit, TransactionalOperator tx,
			LookupQuota quota, JsonMapper json) {
		this.queries = queries;
		this.phoneIndex = phoneIndex;
		this.audit = audit;
		this.tx = tx;
		this.quota = quota;
		this.json = json;
	}

	/**
	 * One page of the caller's earlier cases.
	 * @param after the decoded cursor of the previous page, or {@code null}
	 */
	public Mono<Page<CaseRow>> lookUp(String callerNumber, Caller caller, int limit, KeysetCursor after) {
		String index = this.phoneIndex.of(callerNumber);
		if (index == null) {
			return Mono.error(ApiException
				.validation(List.of(FieldProblem.of("callerNumber", "号码至少要有一位数字", "needs at least one digit"))));
		}
		// Phone-channel cases only: the agent looks up the person on the line; matching
		// web or 12345 reports would tell an agent who filed them.
		CaseFilter filter = CaseFilter.within(caller.jurisdiction()).reporterPhoneIndex(index).channel(Channel.PHONE);
		UUID chain = UUID.nameUUIDFromBytes((AGGREGATE + ":" + index).getBytes(StandardCharsets.UTF_8));
		Mono<Page<CaseRow>> lookup = this.queries.page(filter, CaseOrder.NEWEST_FIRST, limit, after)
			.flatMap((result) -> this.audit.append(AGGREGATE, chain, "CALLER_HISTORY_LOOKUP", caller.subject(),
					this.json.writeValueAsString(new Lookup(caller.jurisdiction().code(), result.total(),
							result.items().size(), (after != null) ? "next" : "first")))
				.thenReturn(result))
			.as(this.tx::transactional);
		return this.quota.take(caller).then(lookup);
	}

	/** Seconds a refused caller is told to wait (the window). */
	public long retryAfterSeconds() {
		return this.quota.retryAfterSeconds();
	}

	/**
	 * What the audit entry of a lookup records: never the number, only its scope and
	 * size.
	 *
	 * @param scope the agent's jurisdiction
	 * @param total how many cases matched
	 * @param returned how many this page showed
	 * @param page {@code first} or {@code next}
	 */
	record Lookup(String scope, long total, int returned, String page) {
	}

}
