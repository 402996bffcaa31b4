package cn.gov.tobacco.complaints.audit;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.audit.AuditChain;

/**
 * Appends to an audit chain through platform-data's {@link AuditChain}: each entry holds
 * the SHA-256 of the previous one. Call it inside the transaction of the change it
 * records. A transaction-scoped advisory lock per chain orders concurrent appends (also
 * those of reads, such as a reporter-data reveal, that lock no row).
 */
@Component
public class AuditTrail {

	/** The aggregate type of case chains. */
	public static final String CASE = "case";

	private final DatabaseClient db;

	private final AuditChain chain;

	AuditTrail(DatabaseClient db, AuditChain chain) {
		this.db = db;
		this.chain = chain;
	}

	/** Appends to the chain of a case. */
	public Mono<Void> append(UUID caseId, String action, String actor, String detail) {
		return append(CASE, caseId, action, actor, detail);
	}

	public Mono<Void> append(String aggregateType, UUID aggregateId, String action, String actor, String detail) {
		return this.db.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.bind("key", "audit:" + aggregateType + ":" + aggregateId)
			.then()
			.then(this.chain.append(aggregateType, aggregateId, action, actor, detail))
			.then();
	}

}
