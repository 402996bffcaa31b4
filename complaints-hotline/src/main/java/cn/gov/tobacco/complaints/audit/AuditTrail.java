package cn.gov.tobacco.complaints.audit;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.audit.AuditChain;

/**
 * Appends to an audit chain through platform-data's {@link AuditChain}: each entry holds
 * the SHA-256 of the previous one, and the chain's advisory lock orders concurrent
 * appends (also those of reads, such as a reporter-data reveal, that lock no row). Call
 * it inside the transaction of the change it records.
 */
@Component
public class AuditTrail {

	/** The aggregate type of case chains. */
	public static final String CASE = "case";

	private final AuditChain chain;

	AuditTrail(AuditChain chain) {
		this.chain = chain;
	}

	/** Appends to the chain of a case. */
	public Mono<Void> append(UUID caseId, String action, String actor, String detail) {
		return append(CASE, caseId, action, actor, detail);
	}

	public Mono<Void> append(String aggregateType, UUID aggregateId, String action, String actor, String detail) {
		return this.chain.append(aggregateType, aggregateId, action, actor, detail).then();
	}

}
