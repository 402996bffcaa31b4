package cn.gov.tobacco.licensing.license;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * The license register: what approved applications do to licenses, and who may see one.
 * Every change is appended to the license's audit chain and announced in the outbox.
 */
@Service
public class Licenses {

	static final String AGGREGATE = "license";

	/** Validity of a new or renewed license: 5 years less a day (at most 5 years). */
	static final int VALIDITY_YEARS = 5;

	private final LicenseRepository licenses;

	private final RecordKeeper recordKeeper;

	private final BureauClock time;

	Licenses(LicenseRepository licenses, RecordKeeper recordKeeper, BureauClock time) {
		this.licenses = licenses;
		this.recordKeeper = recordKeeper;
		this.time = time;
	}

	/** The license if {@code subject} holds it. */
	public Mono<License> heldBy(String number, String subject) {
		return this.licenses.findByNumber(number).filter((l) -> l.holderSubject().equals(subject));
	}

	/**
	 * The license if the caller may read it ({@link Access#readsLicense}): 403 for a role
	 * that reads no license, 404 if the caller does not see this one.
	 */
	public Mono<License> visibleTo(Caller caller, String number) {
		if (!caller.has(Role.RETAILER) && !Access.isCaseworker(caller)) {
			return Mono.error(Access.forbidden());
		}
		return this.licenses.findByNumber(number)
			.filter((l) -> Access.readsLicense(caller, l.holderSubject(), l.jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("许可证不存在", "No such license")));
	}

	/** The license, for a step whose caller was already authorized for it; else 404. */
	public Mono<License> byNumber(String number) {
		return this.licenses.findByNumber(number)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("许可证不存在", "No such license")));
	}

	/**
	 * One page of the caller's licenses, or (staff) those of the caller's subtree; newest
	 * first, with the true total.
	 */
	Mono<Page<License>> visiblePage(Caller caller, int limit, KeysetCursor after) {
		if (caller.has(Role.RETAILER)) {
			return this.licenses.page("holder_subject = :key", caller.subject(), after, limit);
		}
		if (Access.isCaseworker(caller)) {
			return this.licenses.page("jurisdiction like :key", Access.subtree(caller), after, limit);
		}
		return Mono.error(Access.forbidden());
	}

	public Mono<Nearest> nearestOutlet(double lat, double lon, String except) {
		return this.licenses.nearestOutlet(lat, lon, except);
	}

	/** Carries out an approved application; call it in the decision's transaction. */
	public Mono<License> apply(LicenseOrder order) {
		if ("NEW".equals(order.kind())) {
			return issue(order);
		}
		return this.licenses.findByNumber(order.licenseNo())
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("许可证不存在", "No such license")))
			.flatMap((l) -> {
				License changed = switch (order.kind()) {
					case "RENEWAL" -> l.with(l.holder(), l.scope(), l.validUntil().plusDays(1),
							l.validUntil().plusYears(VALIDITY_YEARS), LicenseStatus.ACTIVE, null);
					case "CHANGE" -> changed(l, order);
					case "SUSPENSION" -> l.with(l.holder(), l.scope(), l.validFrom(), l.validUntil(),
							LicenseStatus.SUSPENDED, order.suspendUntil());
					case "RESUMPTION" ->
						l.with(l.holder(), l.scope(), l.validFrom(), l.validUntil(), LicenseStatus.ACTIVE, null);
					case "CLOSURE" ->
						l.with(l.holder(), l.scope(), l.validFrom(), l.validUntil(), LicenseStatus.CLOSED, null);
					default -> throw new IllegalArgumentException(order.kind());
				};
				return save(l, changed, order.kind(), order.actor(), "application " + order.applicationId());
			});
	}

	/**
	 * Puts a license's terms back as they were before a decision that was revoked (秒批's
	 * review): audit action {@code RESTORED}, with the reason, and the outbox event of
	 * any license change.
	 */
	public Mono<License> restore(String number, LicenseTerms before, String actor, String reason) {
		return this.licenses.findByNumber(number)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("许可证不存在", "No such license")))
			.flatMap(
					(l) -> save(l,
							l.with(before.holder(), before.scope(), before.validFrom(), before.validUntil(),
									before.status(), before.suspendedUntil())
								.withItems(before.items()),
							"RESTORED", actor, reason));
	}

	/** Revokes a license (a false commitment found by post-verification). */
	public Mono<License> revoke(License l, String actor, String reason) {
		return setStatus(l, LicenseStatus.REVOKED, actor, reason);
	}

	/**
	 * Ends an approved suspension whose last day has passed: the license is ACTIVE again
	 * (audit action {@code RESUMED}, outbox {@code LicenseResumed}).
	 */
	Mono<License> endSuspension(License l, String reason) {
		return save(l, l.with(l.holder(), l.scope(), l.validFrom(), l.validUntil(), LicenseStatus.ACTIVE, null),
				"RESUMED", "system", reason);
	}

	/** Changes a license's status outside an application (revocation, expiry). */
	Mono<License> setStatus(License l, LicenseStatus status, String actor, String reason) {
		return save(l, l.with(l.holder(), l.scope(), l.validFrom(), l.validUntil(), status, null), status.name(), actor,
				reason);
	}

	private Mono<License> issue(LicenseOrder order) {
		Instant now = this.time.now();
		LocalDate from = order.decidedOn();
		return this.licenses.nextNumber(order.jurisdiction(), from.getYear())
			.map((number) -> new License(UUID.randomUUID(), number, order.jurisdiction(), order.holderSubject(),
					order.holder(), order.scope(), (order.items() != null) ? order.items() : ScopeItems.CIGARETTE, from,
					from.plusYears(VALIDITY_YEARS).minusDays(1), LicenseStatus.ACTIVE, null, 0, now))
			.flatMap((l) -> this.licenses.insert(l, now))
			.flatMap((l) -> record(l, null, "ISSUED", order.actor(), "application " + order.applicationId())
				.thenReturn(l));
	}

	private static License changed(License l, LicenseOrder order) {
		License.Holder h = l.holder();
		License.Holder n = order.holder();
		License.Holder holder = switch (order.changeSubject()) {
			case "PREMISES" -> new License.Holder(h.businessName(), h.creditCode(), h.operatorName(),
					h.operatorIdNumber(), h.mobile(), n.address(), n.division(), n.latitude(), n.longitude());
			case "OPERATOR" -> new License.Holder(h.businessName(), h.creditCode(), n.operatorName(),
					n.operatorIdNumber(), h.mobile(), h.address(), h.division(), h.latitude(), h.longitude());
			case "BUSINESS_NAME" -> new License.Holder(n.businessName(), h.creditCode(), h.operatorName(),
					h.operatorIdNumber(), h.mobile(), h.address(), h.division(), h.latitude(), h.longitude());
			default -> h;
		};
		String scope = "SCOPE".equals(order.changeSubject()) ? order.scope() : l.scope();
		String items = ("SCOPE".equals(order.changeSubject()) && order.items() != null) ? order.items() : l.items();
		return l.with(holder, scope, l.validFrom(), l.validUntil(), l.status(), l.suspendedUntil()).withItems(items);
	}

	private Mono<License> save(License before, License after, String action, String actor, String reason) {
		return this.licenses.update(after, this.time.now())
			.flatMap((l) -> record(l, before, action, actor, reason).thenReturn(l));
	}

	/**
	 * The e-cigarette outlets licensed (ACTIVE or SUSPENDED) in a district, other than
	 * {@code except}; call it while holding {@link #lockECigaretteQuota}.
	 */
	public Mono<Long> eCigaretteOutletsIn(String division, String except) {
		return this.licenses.eCigaretteOutletsIn(division, except);
	}

	/**
	 * Serializes the e-cigarette quota of one district until the caller's transaction
	 * ends (a transaction-level advisory lock): of two approvals for the last place, the
	 * second counts after the first committed.
	 */
	public Mono<Void> lockECigaretteQuota(String division) {
		return this.licenses.lockECigaretteQuota(division);
	}

	private Mono<Void> record(License l, License before, String action, String actor, String reason) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("from", (before != null) ? before.status().name() : null);
		detail.put("to", l.status().name());
		detail.put("reason", reason);
		detail.put("validUntil", l.validUntil().toString());
		detail.put("version", l.version());
		Map<String, Object> event = new LinkedHashMap<>(detail);
		event.put("licenseNo", l.number());
		event.put("jurisdiction", l.jurisdiction());
		// What the license directory of complaints-hotline keeps: what the public
		// verification page shows, plus the credit code and the premises' division. Never
		// the operator's ID number or mobile.
		event.put("status", l.status().name());
		event.put("businessName", l.holder().businessName());
		event.put("creditCode", l.holder().creditCode());
		event.put("address", l.holder().address());
		event.put("divisionCode", l.holder().division());
		event.put("validFrom", l.validFrom().toString());
		event.put("items", ScopeItems.list(l.items()));
		return this.recordKeeper
			.record(AGGREGATE, l.id(), action, actor, detail,
					"License" + action.charAt(0) + action.substring(1).toLowerCase(), event)
			.then(ECigarettePlatform.request(before, l)
				.map((type) -> this.recordKeeper.announce(AGGREGATE, l.id(), type,
						ECigarettePlatform.payload(l, reason)))
				.orElse(Mono.empty()));
	}

	LocalDate today() {
		return this.time.today();
	}

}
