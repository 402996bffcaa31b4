package cn.gov.tobacco.licensing.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import cn.gov.tobacco.licensing.reference.ReferenceData;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;

/** Each action of the lifecycle, as the steps {@link Workflow} runs. */
@Service
class Transitions {

	private final Workflow workflow;

	private final ApplicationRepository repository;

	private final SubmissionRules rules;

	private final ReferenceData reference;

	private final Decisions decisions;

	private final JsonMapper json;

	private final CommittedProofs committedProofs;

	private final InstantApprovals instant;

	Transitions(Workflow workflow, ApplicationRepository repository, SubmissionRules rules, ReferenceData reference,
			Decisions decisions, JsonMapper json, CommittedProofs committedProofs, InstantApprovals instant) {
		this.instant = instant;
		this.committedProofs = committedProofs;
		this.workflow = workflow;
		this.repository = repository;
		this.rules = rules;
		this.reference = reference;
		this.decisions = decisions;
		this.json = json;
	}

	/**
	 * Submits a draft, or resubmits after a correction notice; a filing that 秒批's rule
	 * approves comes back APPROVED.
	 */
	Mono<Application> submit(Caller caller, UUID id, long version) {
		return this.workflow.act(caller, id, version, Action.SUBMIT, this::submitStep)
			.onErrorResume(ApiException.class, (ex) -> isIllegalFromCorrection(ex)
					? this.workflow.act(caller, id, version, Action.RESUBMIT, this::submitStep) : Mono.error(ex))
			.flatMap(this.instant::attempt);
	}

	Mono<Workflow.Outcome> submitStep(Workflow.Context c) {
		Application a = c.current();
		return this.repository.attachedTypes(a.id()).zipWith(this.committedProofs.of(a.id()), (attached, committed) -> {
			java.util.Set<cn.gov.tobacco.licensing.materials.DocumentType> all = new java.util.HashSet<>(attached);
			all.addAll(committed);
			return all;
		})
			.flatMap((attached) -> this.rules.check(a, attached, c.today()))
			.then(Mono.zip(this.reference.settingsFor(a.jurisdiction()), this.committedProofs.anySigned(a.id())))
			.map((t) -> {
				Progress p = c.progress();
				p.promiseCommitted = t.getT2();
				Deadlines.submitted(p, c.today(), c.calendar(), t.getT1().promiseDays(p.promiseCommitted));
				if (a.details().creditCode() != null) {
					p.registryStatus = "PENDING";
					p.registryNextAt = c.now();
				}
				return Workflow.Outcome.of(p, null)
					.detail(Map.of("acceptanceDue", p.acceptanceDue.toString(), "promiseDue", p.promiseDue.toString()));
			});
	}

	Mono<Application> withdraw(Caller caller, UUID id, long version, String reason) {
		return this.workflow.act(caller, id, version, Action.WITHDRAW, (c) -> {
			Deadlines.finished(c.progress());
			return Mono.just(Workflow.Outcome.of(c.progress(), reason));
		});
	}

	Mono<Application> accept(Caller caller, UUID id, long version) {
		return this.workflow.act(caller, id, version, Action.ACCEPT,
				(c) -> CreditCodeCheck.blocks(c.current()) ? Mono.error(CreditCodeCheck.blocked())
						: Mono
							.zip(this.reference.settingsFor(c.current().jurisdiction()),
									this.committedProofs.anySigned(c.current().id()))
							.map((t) -> {
								c.progress().promiseCommitted = t.getT2();
								Deadlines.accepted(c.progress(), c.today(), c.calendar(),
										t.getT1().promiseDays(c.progress().promiseCommitted));
								return Workflow.Outcome.of(c.progress(), null)
									.notice("ACCEPTANCE",
											Text.of("【烟草专卖局】您的申请 " + c.current().number() + " 已于 " + c.today()
													+ " 受理，法定办结期限 " + c.progress().decisionDue + "，承诺办结期限 "
													+ c.progress().promiseDue + "。",
													"Tobacco Monopoly Bureau: your application " + c.current().number()
															+ " was accepted on " + c.today() + "; legal deadline "
															+ c.progress().decisionDue + ", promised by "
															+ c.progress().promiseDue + "."))
									.then((a) -> this.repository.markDocumentsVerified(a.id(), c.now()));
							}));
	}

	Mono<Application> requestCorrection(Caller caller, UUID id, long version, List<String> items) {
		return this.workflow.act(caller, id, version, Action.REQUEST_CORRECTION, (c) -> {
			Progress p = c.progress();
			if (p.correctionCount > 0) {
				return Mono.error(SubmissionRules.refused("items", "补正告知只能一次性发出一次",
						"The correction notice is given once, listing every item"));
			}
			if (c.today().isAfter(p.acceptanceDue)) {
				return Mono
					.error(SubmissionRules.refused("items", "已超过 5 个工作日的补正告知期限（" + p.acceptanceDue + "），申请自收到之日起视为受理",
							"The 5 working days for a correction notice ended on " + p.acceptanceDue
									+ "; the application counts as accepted on submission"));
			}
			Deadlines.correctionRequested(p, c.today(), c.calendar());
			p.correctionItems = this.json.writeValueAsString(items);
			return Mono.just(Workflow.Outcome.of(p, String.join("; ", items))
				.detail(Map.of("items", items))
				.notice("CORRECTION", Text.of(
						"【烟草专卖局】您的申请 " + c.current().number() + " 需补正以下材料：" + String.join("；", items) + "。补正后请重新提交。",
						"Tobacco Monopoly Bureau: your application " + c.current().number()
								+ " needs these corrections: " + String.join("; ", items)
								+ ". Please submit it again once corrected.")));
		});
	}

	Mono<Application> startReview(Caller caller, UUID id, long version) {
		return this.workflow.act(caller, id, version, Action.START_REVIEW,
				(c) -> Mono.just(Workflow.Outcome.of(c.progress(), null)));
	}

	Mono<Application> assignSiteCheck(Caller caller, UUID id, long version, String inspector) {
		return this.workflow.act(caller, id, version, Action.ASSIGN_SITE_CHECK, (c) -> {
			c.progress().assignee = inspector;
			return Mono.just(Workflow.Outcome.of(c.progress(), null).detail(Map.of("inspector", inspector)));
		});
	}

	Mono<Application> recordSiteCheck(Caller caller, UUID id, long version, String findings, boolean passed) {
		return this.workflow.act(caller, id, version, Action.RECORD_SITE_CHECK, (c) -> {
			if (!caller.subject().equals(c.progress().assignee)) {
				return Mono.error(ApiException.notFound("申请不存在", "No such application"));
			}
			c.progress().siteFindings = findings;
			c.progress().sitePassed = passed;
			return Mono.just(Workflow.Outcome.of(c.progress(), findings).detail(Map.of("passed", passed)));
		});
	}

	Mono<Application> extend(Caller caller, UUID id, long version, String reason) {
		return this.workflow.act(caller, id, version, Action.EXTEND, (c) -> {
			Progress p = c.progress();
			if (p.extensionReason != null) {
				return Mono
					.error(SubmissionRules.refused("reason", "办结期限只能延长一次", "The deadline is extended only once"));
			}
			Deadlines.extended(p, c.calendar());
			p.extensionReason = reason;
			p.extensionBy = caller.subject();
			return Mono.just(Workflow.Outcome.of(p, reason)
				.detail(Map.of("decisionDue", p.decisionDue.toString()))
				.notice("EXTENSION", Text.of(
						"【烟草专卖局】您的申请 " + c.current().number() + " 经批准延长 10 个工作日，办结期限延至 " + p.decisionDue + "。理由："
								+ reason,
						"Tobacco Monopoly Bureau: the deadline of your application " + c.current().number()
								+ " was extended by 10 working days to " + p.decisionDue + ". Reason: " + reason)));
		});
	}

	Mono<Application> decide(Caller caller, UUID id, long version, boolean approve, String reason) {
		return this.workflow.act(caller, id, version, approve ? Action.APPROVE : Action.REFUSE,
				(c) -> this.decisions.decide(c, caller.subject(), approve, reason));
	}

	/** A clerk accepts a legacy credit code that fails its check, with a reason. */
	Mono<Application> overrideCreditCode(Caller caller, UUID id, String reason) {
		return this.workflow.actOnCurrent(caller, id, Action.OVERRIDE_CREDIT_CODE, (c) -> {
			Application a = c.current();
			if (!CreditCodeCheck.fails(a)) {
				return Mono.error(SubmissionRules.refused("creditCode", "统一社会信用代码校验通过，无需放行",
						"The credit code passes its check; there is nothing to override"));
			}
			if (CreditCodeCheck.overridden(a)) {
				return Mono.error(new ApiException(ProblemKind.CONFLICT,
						Text.of("该统一社会信用代码已放行", "This credit code was already overridden")));
			}
			Progress p = c.progress();
			p.creditCodeOverrideCode = a.details().creditCode();
			p.creditCodeOverrideBy = caller.subject();
			p.creditCodeOverrideAt = c.now();
			p.creditCodeOverrideReason = reason.strip();
			return Mono.just(Workflow.Outcome.of(p, p.creditCodeOverrideReason)
				.detail(Map.of("creditCode", p.creditCodeOverrideCode, "check", CreditCodeCheck.CODE)));
		});
	}

	private static boolean isIllegalFromCorrection(ApiException ex) {
		return "CORRECTION_REQUESTED".equals(ex.properties().get("state"));
	}

}
