package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import cn.gov.tobacco.licensing.credit.CreditStandings;
import cn.gov.tobacco.licensing.license.LicenseTerms;
import cn.gov.tobacco.licensing.license.Licenses;
import cn.gov.tobacco.licensing.reference.JurisdictionSettings;
import cn.gov.tobacco.licensing.reference.ReferenceData;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;

/**
 * 秒批: tries {@link InstantApprovalRule} on a submitted filing and, when it approves,
 * decides it at once (state APPROVED, decided by {@code RULE:instant-approval@1}, the
 * conditions found in the audit chain, the license updated in the same transaction, the
 * license's terms before kept); and lets an APPROVER revoke such a decision within the
 * jurisdiction's review window, which restores the license and sends the application to a
 * person's review.
 *
 * <p>
 * The rule is tried when a filing is submitted and again when the registry has verified
 * its business license (a check still pending is an automatic check not yet passed). A
 * filing the rule does not approve, or whose decision fails, simply stays in the clerks'
 * queue: the rule never refuses and never holds anything back.
 */
@Service
class InstantApprovals {

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
		.getLog(InstantApprovals.class);

	private final Workflow workflow;

	private final ReferenceData reference;

	private final CreditStandings standings;

	private final RefusalChecks checks;

	private final ApplicationRepository repository;

	private final CommittedProofs committedProofs;

	private final Decisions decisions;

	private final Licenses licenses;

	private final JsonMapper json;

	InstantApprovals(Workflow workflow, ReferenceData reference, CreditStandings standings, RefusalChecks checks,
			ApplicationRepository repository, CommittedProofs committedProofs, Decisions decisions, Licenses licenses,
			JsonMapper json) {
		this.workflow = workflow;
		this.reference = reference;
		this.standings = standings;
		this.checks = checks;
		this.repository = repository;
		this.committedProofs = committedProofs;
		this.decisions = decisions;
		this.licenses = licenses;
		this.json = json;
	}

	/**
	 * Thrown inside the step when the rule does not approve: no transition, nothing
	 * written.
	 */
	private static final class NotApproved extends RuntimeException {

		NotApproved() {
			super(null, null, false, false);
		}

	}

	/**
	 * The application as it is after the rule was tried: approved, or unchanged.
	 */
	Mono<Application> attempt(Application a) {
		String kind = InstantApprovalRule.kindOf(a);
		if (a.state() != ApplicationState.SUBMITTED || kind == null) {
			return Mono.just(a);
		}
		return this.reference.settingsFor(a.jurisdiction()).flatMap((settings) -> {
			if (!settings.instantlyApproves(kind)) {
				return Mono.just(a);
			}
			return this.workflow
				.actAs(a, Action.INSTANT_APPROVE, InstantApprovalRule.DECIDED_BY, (c) -> approve(c, settings))
				.onErrorResume(NotApproved.class, (ex) -> Mono.just(a))
				.onErrorResume(ApiException.class, (ex) -> {
					// e.g. the e-cigarette quota filled meanwhile, or a version changed:
					// a
					// person decides, as for any other filing
					logger.info("Instant approval of " + a.number() + " not taken: " + ex.getMessage());
					return Mono.just(a);
				});
		});
	}

	/** The rule on an application read again (after the registry answered). */
	Mono<Application> attempt(UUID id) {
		return this.repository.findById(id).flatMap(this::attempt);
	}

	private Mono<Workflow.Outcome> approve(Workflow.Context c, JurisdictionSettings settings) {
		Application a = c.current();
		return facts(a, settings, c.today()).flatMap((facts) -> {
			InstantApprovalRule.Verdict verdict = InstantApprovalRule.evaluate(facts);
			if (!verdict.approves()) {
				return Mono.error(new NotApproved());
			}
			List<String> reasons = verdict.met().stream().map((t) -> t.zh() + " · " + t.en()).toList();
			Progress p = c.progress();
			p.instantRule = InstantApprovalRule.DECIDED_BY;
			p.instantReasons = this.json.writeValueAsString(reasons);
			p.instantReviewUntil = c.calendar().addWorkingDays(c.today(), settings.instantReviewDays()).due();
			p.calendarAssumed |= c.calendar().addWorkingDays(c.today(), settings.instantReviewDays()).provisional();
			String reason = "符合即时办结条件，系统即时办结（" + InstantApprovalRule.DECIDED_BY + "）";
			return this.licenses.byNumber(a.filing().licenseNo())
				.doOnNext((license) -> p.instantLicenseBefore = this.json.writeValueAsString(LicenseTerms.of(license)))
				.then(this.decisions.decide(c, InstantApprovalRule.DECIDED_BY, true, reason))
				.map((outcome) -> outcome.detail(Map.of("rule", InstantApprovalRule.DECIDED_BY, "reasons", reasons,
						"reviewUntil", p.instantReviewUntil.toString())));
		});
	}

	private Mono<InstantApprovalRule.Facts> facts(Application a, JurisdictionSettings settings, LocalDate today) {
		String subject = a.applicantSubject();
		Mono<CreditStandings.Standing> standing = this.standings.of(List.of(subject))
			.map((all) -> all.getOrDefault(subject, CreditStandings.Standing.CLEAN));
		Mono<List<String>> failed = this.checks.run(a, today)
			.map((list) -> list.stream().filter((check) -> !check.passed()).map(RefusalChecks.Check::code).toList());
		return Mono
			.zip(standing, this.repository.unverifiedDocumentTypes(a.id()), this.committedProofs.of(a.id()), failed)
			.map((t) -> new InstantApprovalRule.Facts(InstantApprovalRule.kindOf(a), settings.instantApprovalKinds(),
					t.getT1().grade(), t.getT1().recentReport(), t.getT1().recentBreach(), t.getT2(),
					!t.getT3().isEmpty(), t.getT4()));
	}

	/**
	 * An APPROVER revokes the rule's decision within the review window: the license's
	 * terms as they were, the application to UNDER_REVIEW as if accepted on submission,
	 * the retailer told why.
	 */
	Mono<Application> revoke(Caller caller, UUID id, long version, String reason) {
		return this.workflow.act(caller, id, version, Action.REVOKE_INSTANT_DECISION, (c) -> {
			Application a = c.current();
			Progress p = c.progress();
			if (p.instantRule == null || p.instantRevokedAt != null) {
				return Mono.error(new ApiException(ProblemKind.CONFLICT,
						Text.of("该决定不是待复核的即时办结决定，不能撤销", "This decision is not an instant decision under review")));
			}
			if (c.today().isAfter(p.instantReviewUntil)) {
				return Mono
					.error(new ApiException(ProblemKind.CONFLICT, Text.of("复核期已于 " + p.instantReviewUntil + " 结束，不能再撤销",
							"The review window ended on " + p.instantReviewUntil + "; the decision stands")));
			}
			String text = reason.strip();
			LicenseTerms before = this.json.readValue(p.instantLicenseBefore, LicenseTerms.class);
			p.instantRevokedBy = caller.subject();
			p.instantRevokedAt = c.now();
			p.instantRevokedReason = text;
			p.outcomeReason = null;
			p.decidedBy = null;
			p.decidedAt = null;
			return this.reference.settingsFor(a.jurisdiction()).map((settings) -> {
				// as if accepted on submission (it was never refused acceptance): the
				// legal
				// 20 working days count from then
				Deadlines.accepted(p, p.submittedOn, c.calendar(), settings.promiseDays(p.promiseCommitted));
				return Workflow.Outcome.of(p, text)
					.detail(Map.of("rule", p.instantRule, "decisionDue", p.decisionDue.toString()))
					.notice("INSTANT_DECISION_REVOKED",
							Text.of("【烟草专卖局】您的申请 " + a.number() + " 的即时办结决定经复核已撤销，转人工审查，法定办结期限 " + p.decisionDue
									+ "。理由：" + text,
									"Tobacco Monopoly Bureau: the instant approval of your application " + a.number()
											+ " was revoked on review; a person now decides it, by " + p.decisionDue
											+ ". Reason: " + text))
					.then((after) -> this.licenses
						.restore(a.filing().licenseNo(), before, caller.subject(),
								"application " + a.number() + ": instant decision revoked: " + text)
						.then());
			});
		});
	}

}
