package cn.gov.tobacco.licensing.application;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.credit.RenewalCredit;
import cn.gov.tobacco.licensing.license.License;
import cn.gov.tobacco.licensing.license.LicenseOrder;
import cn.gov.tobacco.licensing.license.Licenses;
import cn.gov.tobacco.platform.problem.Text;

/** A decision, and what an approval does to the license register. */
@Component
class Decisions {

	private final Licenses licenses;

	private final ApplicationRepository repository;

	private final PostVerificationScheduler postVerifications;

	private final RenewalCredit renewalCredit;

	private final ECigaretteChecks eCigarette;

	Decisions(Licenses licenses, ApplicationRepository repository, PostVerificationScheduler postVerifications,
			RenewalCredit renewalCredit, ECigaretteChecks eCigarette) {
		this.eCigarette = eCigarette;
		this.licenses = licenses;
		this.renewalCredit = renewalCredit;
		this.postVerifications = postVerifications;
		this.repository = repository;
	}

	Mono<Workflow.Outcome> decide(Workflow.Context c, String actor, boolean approve, String reason) {
		Progress p = c.progress();
		Application a = c.current();
		if (approve && CreditCodeCheck.blocks(a)) {
			return Mono.error(CreditCodeCheck.blocked());
		}
		Deadlines.finished(p);
		p.outcomeReason = reason;
		p.decidedBy = actor;
		p.decidedAt = c.now();
		String verdict = approve ? "准予许可" : "不予许可";
		Workflow.Outcome outcome = Workflow.Outcome.of(p, reason)
			.notice("DECISION",
					Text.of("【烟草专卖局】您的申请 " + a.number() + " 已作出决定：" + verdict + "。理由：" + reason,
							"Tobacco Monopoly Bureau: your application " + a.number() + " has been decided: "
									+ (approve ? "approved" : "refused") + ". Reason: " + reason));
		if (!approve) {
			return Mono.just(outcome);
		}
		// the e-cigarette plan's rules are counted again in the decision's transaction,
		// under the district's quota lock, before the license is issued
		return Mono.just(outcome.then((after) -> this.eCigarette.enforce(after)
			.then(Mono.defer(() -> this.licenses.apply(order(after, actor, c))))
			.flatMap((license) -> this.repository.setLicenseNo(after.id(), license.number())
				.then(this.postVerifications.scheduleIfCommitted(after.id(), license.number(), license.jurisdiction(),
						after.applicantSubject(), c.calendar(), c.today()))
				.then((after.type() == ApplicationType.RENEWAL) ? this.renewalCredit.renewedOnTime(after.id(),
						after.applicantSubject(), license.holder().creditCode(), license.holder().operatorIdNumber(),
						license.number(), c.today(), actor) : Mono.empty()))));
	}

	private static LicenseOrder order(Application a, String actor, Workflow.Context c) {
		ApplicantDetails d = a.details();
		License.Holder holder = new License.Holder(d.businessName(), d.creditCode(), d.operatorName(),
				d.operatorIdNumber(), d.mobile(), d.premises().address(), d.premises().divisionCode(),
				d.premises().latitude(), d.premises().longitude());
		Filing f = a.filing();
		return new LicenseOrder(a.type().name(), (f.changeSubject() != null) ? f.changeSubject().name() : null, a.id(),
				a.applicantSubject(), a.jurisdiction().substring(0, 6), f.licenseNo(), holder, d.businessScope(),
				f.items(), f.suspendUntil(), c.today(), actor);
	}

}
