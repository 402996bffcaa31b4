package cn.gov.tobacco.licensing.application;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * What the registry job ({@code registry}) does to applications: the business-license
 * checks due, and their outcome. A failure leaves the check PENDING (shown to clerk and
 * applicant) with its attempt count and the time of the next try; the application itself
 * is never held back or lost. A verified license lets 秒批's rule try again.
 */
@Service
public class RegistryChecks {

	/** What clerk and applicant read while the registry cannot be reached. */
	public static final String PENDING_DETAIL = "营业执照核验中，系统会自动重试 · Verifying with the business registry; retried automatically";

	private final ApplicationRepository repository;

	private final InstantApprovals instant;

	RegistryChecks(ApplicationRepository repository, InstantApprovals instant) {
		this.repository = repository;
		this.instant = instant;
	}

	/** The applications whose check is PENDING and due by {@code now}. */
	public Flux<Application> due(Instant now) {
		return this.repository.registryChecksDue(now);
	}

	/**
	 * Stores the registry's answer; 秒批 waits for it: a verified license may be decided
	 * now.
	 */
	public Mono<Void> answered(Application a, String status, String detail) {
		return this.repository.saveRegistryCheck(a.id(), status, detail, null)
			.then("VERIFIED".equals(status) ? this.instant.attempt(a.id()).then() : Mono.empty());
	}

	/** The registry could not be reached: PENDING again, tried again at {@code next}. */
	public Mono<Void> unreachable(Application a, Instant next) {
		return this.repository.saveRegistryCheck(a.id(), "PENDING", PENDING_DETAIL, next);
	}

}
