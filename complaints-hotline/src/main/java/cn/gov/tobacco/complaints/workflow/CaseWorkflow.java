package cn.gov.tobacco.complaints.workflow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.complaints.audit.AuditTrail;
import cn.gov.tobacco.complaints.cases.Action;
import cn.gov.tobacco.complaints.cases.Actor;
import cn.gov.tobacco.complaints.cases.CaseKind;
import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.cases.CaseRepository;
import cn.gov.tobacco.complaints.cases.CaseUpdate;
import cn.gov.tobacco.complaints.cases.Outcome;
import cn.gov.tobacco.complaints.cases.StaffAccess;
import cn.gov.tobacco.complaints.credit.CreditEvents;
import cn.gov.tobacco.complaints.rewards.RewardBands;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * Staff actions on a case: role and jurisdiction checks, required fields, then one
 * transition in one transaction.
 */
@Service
public class CaseWorkflow {

	static final int EVALUATION_DAYS = 14;

	private final CaseRepository cases;

	private final Transitions transitions;

	private final Dispatcher dispatcher;

	private final AuditTrail audit;

	private final CreditEvents credit;

	private final TransactionalOperator tx;

	private final RewardBands rewardBands;

	private final HandedOverCases handedOver;

	private final BureauClock clock;

	CaseWorkflow(CaseRepository cases, Transitions transitions, Dispatcher dispatcher, AuditTrail audit,
			CreditEvents credit, TransactionalOperator tx, RewardBands rewardBands, HandedOverCases handedOver,
			BureauClock clock) {
		this.clock = clock;
		this.rewardBands = rewardBands;
		this.handedOver = handedOver;
		this.credit = credit;
		this.cases = cases;
		this.transitions = transitions;
		this.dispatcher = dispatcher;
		this.audit = audit;
		this.tx = tx;
	}

	public Mono<CaseRow> act(UUID id, ActionRequest request, Caller caller) {
		Instant now = this.clock.now();
		return StaffAccess.visible(caller, this.cases.findById(id)).flatMap((row) -> {
			if ("REWARD".equals(request.action())) {
				return reward(row, request, caller);
			}
			Action action = Action.valueOf(request.action());
			requireRole(caller, allowedRoles(action));
			checkLicenseNo(row, action, request.licenseNo());
			return changes(row, action, request, now)
				.flatMap((update) -> this.transitions.apply(row, row.state(), request.version(), action,
						Actor.staff(caller), request.reason(), update, now))
				.then((action == Action.ANSWER
						&& CreditEvents.applies(row, request.outcome(), licenseNoOf(row, request)))
								? this.credit.substantiatedReport(row, licenseNoOf(row, request), now) : Mono.empty())
				.then(feedback(row, action, request, now));
		}).as(this.tx::transactional).then(this.cases.findById(id));
	}

	private Mono<CaseUpdate> changes(CaseRow row, Action action, ActionRequest request, Instant now) {
		return switch (action) {
			case NOT_ACCEPT ->
				Mono.just(new CaseUpdate().set("not_accepted_reason", required(request.reason(), "reason")));
			case ESCALATE -> {
				required(request.reason(), "reason");
				yield Mono.just(new CaseUpdate());
			}
			case DISPATCH ->
				action.allowedFrom(row.state()) ? this.dispatcher.dispatch(row, now) : Mono.just(new CaseUpdate());
			case ANSWER -> {
				if (request.outcome() == null) {
					throw ApiException.validation(List.of(FieldProblem.of("outcome", "必填", "is required")));
				}
				CaseUpdate update = new CaseUpdate();
				String licenseNo = licenseNoOf(row, request);
				if (licenseNo != null) {
					update.set("license_no", licenseNo);
				}
				else {
					update.setNull("license_no", String.class);
				}
				yield Mono.just(update.set("public_answer", required(request.publicAnswer(), "publicAnswer"))
					.set("outcome", request.outcome().name())
					.set("answered_at", now)
					.set("evaluation_due_at", now.plus(EVALUATION_DAYS, ChronoUnit.DAYS)));
			}
			default -> Mono.just(new CaseUpdate());
		};
	}

	private Mono<Void> reward(CaseRow row, ActionRequest request, Caller caller) {
		requireRole(caller, EnumSet.of(Role.SUPERVISOR));
		if (row.kind() != CaseKind.REPORT || row.outcome() != Outcome.SUBSTANTIATED) {
			return Mono
				.error(ApiException.businessRule("只有查证属实的举报才能给予奖励", "Only a substantiated report can carry a reward"));
		}
		if (request.rewardAmount() == null || request.rewardAmount().signum() < 0) {
			return Mono.error(ApiException
				.validation(List.of(FieldProblem.of("rewardAmount", "必填且不能为负", "is required and not negative"))));
		}
		return this.rewardBands.check(row.divisionCode(), row.category(), row.outcome().name(), request.rewardAmount())
			.then(this.cases.update(row.id(), request.version(),
					new CaseUpdate().set("reward_amount", request.rewardAmount())
						.set("reward_note", (request.reason() != null) ? request.reason() : "")))
			.then(this.audit.append(row.id(), "REWARD", caller.subject(), "amount=" + request.rewardAmount()));
	}

	/** 办结反馈 of a case handed over by 12345: signed for on acceptance, then the answer. */
	private Mono<Void> feedback(CaseRow row, Action action, ActionRequest request, Instant now) {
		return switch (action) {
			case ACCEPT -> this.handedOver.signedFor(row.id(), row.caseNumber(), now);
			case ANSWER ->
				this.handedOver.answered(row.id(), row.caseNumber(), request.publicAnswer(), request.outcome(), now);
			default -> Mono.empty();
		};
	}

	/**
	 * The reported retailer's license: as the handler's answer names it, else as the
	 * license directory matched it at intake (a report only).
	 */
	private static String licenseNoOf(CaseRow row, ActionRequest request) {
		if (request.licenseNo() != null) {
			return request.licenseNo();
		}
		return (row.kind() == CaseKind.REPORT) ? row.licenseNo() : null;
	}

	/** A license number belongs only to the answer of a report. */
	private static void checkLicenseNo(CaseRow row, Action action, String licenseNo) {
		if (licenseNo == null) {
			return;
		}
		if (action != Action.ANSWER || row.kind() != CaseKind.REPORT) {
			throw ApiException.validation(List.of(FieldProblem.of("licenseNo", "只有举报的办理答复可以填写被举报零售户的许可证号",
					"only the answer of a report names the reported retailer's license")));
		}
	}

	static Set<Role> allowedRoles(Action action) {
		return switch (action) {
			case ACCEPT, NOT_ACCEPT, DISPATCH -> EnumSet.of(Role.HOTLINE_AGENT, Role.SUPERVISOR);
			case START, ANSWER -> EnumSet.of(Role.HANDLER);
			case ESCALATE -> EnumSet.of(Role.SUPERVISOR);
			default -> EnumSet.noneOf(Role.class);
		};
	}

	private static void requireRole(Caller caller, Set<Role> roles) {
		if (roles.stream().noneMatch(caller::has)) {
			throw new ApiException(ProblemKind.FORBIDDEN, Text.of("您的角色不能执行此操作", "Your role may not do this"));
		}
	}

	private static String required(String value, String field) {
		if (value == null || value.isBlank()) {
			throw ApiException.validation(List.of(FieldProblem.of(field, "必填", "is required")));
		}
		return value.strip();
	}

}
