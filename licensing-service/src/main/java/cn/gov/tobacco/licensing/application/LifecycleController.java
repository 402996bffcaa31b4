package cn.gov.tobacco.licensing.application;

import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.BiFunction;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.LifecycleApi;
import cn.gov.tobacco.licensing.api.model.ApplicationDto;
import cn.gov.tobacco.licensing.api.model.CorrectionRequestDto;
import cn.gov.tobacco.licensing.api.model.CreditCodeOverrideRequestDto;
import cn.gov.tobacco.licensing.api.model.DecisionRequestDto;
import cn.gov.tobacco.licensing.api.model.ExtensionRequestDto;
import cn.gov.tobacco.licensing.api.model.InstantDecisionRevocationDto;
import cn.gov.tobacco.licensing.api.model.NoticeDto;
import cn.gov.tobacco.licensing.api.model.RefusalCheckDto;
import cn.gov.tobacco.licensing.api.model.SiteCheckAssignmentDto;
import cn.gov.tobacco.licensing.api.model.SiteCheckFindingsDto;
import cn.gov.tobacco.licensing.api.model.VersionedRequestDto;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.licensing.notices.Notices;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Callers;

@RestController
class LifecycleController implements LifecycleApi {

	private final Transitions transitions;

	private final ApplicationService applications;

	private final RefusalChecks checks;

	private final Notices notices;

	private final CalendarService calendars;

	private final IdempotencyStore idempotency;

	private final InstantApprovals instant;

	LifecycleController(Transitions transitions, ApplicationService applications, RefusalChecks checks, Notices notices,
			CalendarService calendars, IdempotencyStore idempotency, InstantApprovals instant) {
		this.instant = instant;
		this.idempotency = idempotency;
		this.transitions = transitions;
		this.applications = applications;
		this.checks = checks;
		this.notices = notices;
		this.calendars = calendars;
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> submitApplication(UUID id, Mono<VersionedRequestDto> body,
			ServerWebExchange exchange) {
		return act(body, (c, b) -> this.transitions.submit(c, id, b.getVersion()));
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> withdrawApplication(UUID id, Mono<VersionedRequestDto> body,
			ServerWebExchange exchange) {
		return act(body, (c, b) -> this.transitions.withdraw(c, id, b.getVersion(), b.getReason()));
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> acceptApplication(UUID id, Mono<VersionedRequestDto> body,
			ServerWebExchange exchange) {
		return act(body, (c, b) -> this.transitions.accept(c, id, b.getVersion()));
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> requestCorrection(UUID id, Mono<CorrectionRequestDto> body,
			ServerWebExchange exchange) {
		return act(body, (c, b) -> this.transitions.requestCorrection(c, id, b.getVersion(), b.getItems()));
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> startReview(UUID id, Mono<VersionedRequestDto> body,
			ServerWebExchange exchange) {
		return act(body, (c, b) -> this.transitions.startReview(c, id, b.getVersion()));
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> assignSiteCheck(UUID id, Mono<SiteCheckAssignmentDto> body,
			ServerWebExchange exchange) {
		return act(body, (c, b) -> this.transitions.assignSiteCheck(c, id, b.getVersion(), b.getInspector().strip()));
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> recordSiteCheck(UUID id, Mono<SiteCheckFindingsDto> body,
			ServerWebExchange exchange) {
		return act(body,
				(c, b) -> this.transitions.recordSiteCheck(c, id, b.getVersion(), b.getFindings(), b.getPassed()));
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> extendDeadline(UUID id, Mono<ExtensionRequestDto> body,
			ServerWebExchange exchange) {
		return act(body, (c, b) -> this.transitions.extend(c, id, b.getVersion(), b.getReason()));
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> decideApplication(UUID id, Mono<DecisionRequestDto> body,
			ServerWebExchange exchange) {
		return act(body, (c, b) -> this.transitions.decide(c, id, b.getVersion(),
				b.getOutcome() == DecisionRequestDto.OutcomeEnum.APPROVED, b.getReason()));
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> revokeInstantDecision(UUID id, Mono<InstantDecisionRevocationDto> body,
			ServerWebExchange exchange) {
		return act(body, (c, b) -> this.instant.revoke(c, id, b.getVersion(), b.getReason()));
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> overrideCreditCode(UUID id, Mono<CreditCodeOverrideRequestDto> body,
			String idempotencyKey, ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.idempotency.once(t.getT1().subject(), idempotencyKey,
					java.util.List.of(id.toString(), t.getT2()), ApplicationDto.class,
					() -> this.transitions.overrideCreditCode(t.getT1(), id, t.getT2().getReason())
						.zipWith(this.calendars.calendar())
						.map((r) -> ApplicationDtos.toDto(r.getT1(), t.getT1(), r.getT2(), this.applications.today()))))
			.map((r) -> ResponseEntity.ok()
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<Flux<RefusalCheckDto>>> getRefusalChecks(UUID id, ServerWebExchange exchange) {
		return Callers.required().flatMap((caller) -> {
			if (!Access.isCaseworker(caller)) {
				return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
						Text.of("审查结果仅供受理、审批和督办人员查看", "Only caseworkers see the checks")));
			}
			return this.applications.get(caller, id)
				.flatMap((a) -> this.checks.run(a, this.applications.today()))
				.map((list) -> ResponseEntity.ok()
					.header(HttpHeaders.CONTENT_LANGUAGE, language(exchange).toLanguageTag())
					.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
					.body(Flux.fromIterable(list)
						.map((k) -> new RefusalCheckDto().code(RefusalCheckDto.CodeEnum.valueOf(k.code()))
							.passed(k.passed())
							.measured(k.measured())
							.limit(k.limit())
							.unit(k.unit())
							.detail(k.detail().in(language(exchange))))));
		});
	}

	/**
	 * The reader's language from Accept-Language: English when asked for, else Chinese.
	 */
	static java.util.Locale language(ServerWebExchange exchange) {
		return Text.language(exchange);
	}

	@Override
	public Mono<ResponseEntity<Flux<NoticeDto>>> listNotices(UUID id, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.applications.get(caller, id)
				.map((a) -> ResponseEntity.ok()
					.header(HttpHeaders.CONTENT_LANGUAGE, language(exchange).toLanguageTag())
					.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
					.body(this.notices.forApplication(a.id())
						.map((n) -> new NoticeDto().id(n.id())
							.kind(NoticeDto.KindEnum.valueOf(n.kind()))
							.text(n.text().in(language(exchange)))
							.deliveryStatus(NoticeDto.DeliveryStatusEnum.valueOf(n.deliveryStatus()))
							.attempts(n.attempts())
							.lastError(a.isOwnedBy(caller) ? null : n.lastError())
							.createdAt(n.createdAt().atOffset(ZoneOffset.UTC))
							.sentAt((n.sentAt() != null) ? n.sentAt().atOffset(ZoneOffset.UTC) : null)))));
	}

	private <B> Mono<ResponseEntity<ApplicationDto>> act(Mono<B> body,
			BiFunction<Caller, B, Mono<Application>> action) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> action.apply(t.getT1(), t.getT2())
				.zipWith(this.calendars.calendar())
				.map((r) -> ApplicationDtos.toDto(r.getT1(), t.getT1(), r.getT2(), this.applications.today())))
			.map(ResponseEntity::ok);
	}

}
