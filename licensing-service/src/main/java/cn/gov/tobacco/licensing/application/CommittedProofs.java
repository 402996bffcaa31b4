package cn.gov.tobacco.licensing.application;

import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import cn.gov.tobacco.licensing.materials.DocumentType;

/**
 * The fast path as applications see it: what an application's signed commitments stand in
 * for. A port of this module; the commitments module, which depends on applications,
 * implements it.
 */
public interface CommittedProofs {

	/**
	 * Whether the application carries a signed (not withdrawn) commitment: it is then on
	 * the fast path and gets the jurisdiction's committed promise.
	 */
	Mono<Boolean> anySigned(UUID applicationId);

	/** The document types committed to instead of proven. */
	Mono<Set<DocumentType>> of(UUID applicationId);

}
