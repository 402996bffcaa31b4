package cn.gov.tobacco.licensing.credit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.CreditApi;
import cn.gov.tobacco.licensing.api.model.CommitmentDto;
import cn.gov.tobacco.licensing.api.model.CommitmentSignatureDto;
import cn.gov.tobacco.licensing.api.model.CommitmentTemplateDto;
import cn.gov.tobacco.licensing.api.model.CommitmentTemplateTextDto;
import cn.gov.tobacco.licensing.api.model.CreditEventDto;
import cn.gov.tobacco.licensing.api.model.CreditProfileDto;
import cn.gov.tobacco.licensing.api.model.CreditRecordDto;
import cn.gov.tobacco.licensing.api.model.CreditRepairDecisionDto;
import cn.gov.tobacco.licensing.api.model.CreditRepairDto;
import cn.gov.tobacco.licensing.api.model.CreditRepairPageDto;
import cn.gov.tobacco.licensing.api.model.CreditRepairRequestDto;
import cn.gov.tobacco.licensing.api.model.PostVerificationDto;
import cn.gov.tobacco.licensing.api.model.PostVerificationFindingsDto;
import cn.gov.tobacco.licensing.api.model.PostVerificationPageDto;
import cn.gov.tobacco.licensing.application.ApplicationService;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

@RestController
class CreditController implements CreditApi {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Templates templates;

	private final Commitments commitments;

	private final IdempotencyStore idempotency;

	private final CreditService credit;

	private final CreditRepairs repairs;

	private final PostVerifications postVerifications;

	private final ApplicationService applications;

	private final CreditRepairList repairList;

	private final PostVerificationList postVerificationList;

	CreditController(Templates templates, Commitments commitments, CreditService credit, CreditRepairs repairs,
			PostVerifications postVerifications, ApplicationService applications, IdempotencyStore idempotency,
			CreditRepairList repairList, PostVerificationList postVerificationList) {
		this.repairList = repairList;
		this.postVerificationList = postVerificationList;
		this.postVerifications = postVerifications;
		this.applications = applications;
		this.templates = templates;
		this.repairs = repairs;
		this.credit = credit;
		this.commitments = commitments;
		this.idempotency = idempotency;
	}

	@Override
	public Mono<ResponseEntity<Flux<CommitmentTemplateDto>>> listCommitmentTemplates(ServerWebExchange exchange) {
		return Callers.required().map((caller) -> ResponseEntity.ok(this.templates.current().map(CreditDtos::toDto)));
	}

	@Override
	public Mono<ResponseEntity<Flux<CommitmentTemplateDto>>> listCommitmentTemplateVersions(String code,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.templates.versions(code))
			.filter((versions) -> !versions.isEmpty())
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("承诺书不存在", "No such template")))
			.map((versions) -> ResponseEntity.ok(Flux.fromIterable(versions).map(CreditDtos::toDto)));
	}

	@Override
	public Mono<ResponseEntity<CommitmentTemplateDto>> getCommitmentTemplate(String code, Integer version,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.templates.find(code, version))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("承诺书版本不存在", "No such template version")))
			.map((t) -> ResponseEntity.ok(CreditDtos.toDto(t)));
	}

	@Override
	public Mono<ResponseEntity<CommitmentTemplateDto>> publishCommitmentTemplate(String code,
			Mono<CommitmentTemplateTextDto> body, String idempotencyKey, ServerWebExchange exchange) {
		return Callers.required()
			.filter((caller) -> caller.has(Role.ADMIN))
			.switchIfEmpty(Mono.error(() -> new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有系统管理员可以发布承诺书", "Only an administrator publishes commitment templates"))))
			.zipWith(body)
			.flatMap((t) -> this.idempotency.once(t.getT1().subject(), idempotencyKey, t.getT2(),
					CommitmentTemplateDto.class,
					() -> this.templates
						.publish(code, t.getT2().getTitleZh(), t.getT2().getTextZh(), t.getT2().getTextEn(),
								t.getT1().subject())
						.map(CreditDtos::toDto)))
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<CommitmentDto>> signCommitment(UUID applicationId, Mono<CommitmentSignatureDto> body,
			String idempotencyKey, ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.idempotency.once(t.getT1().subject(), idempotencyKey,
					java.util.List.of(applicationId.toString(), t.getT2()), CommitmentDto.class,
					() -> this.commitments
						.sign(t.getT1(), applicationId,
								new Commitments.Signature(t.getT2().getTemplateCode(), t.getT2().getTemplateVersion(),
										t.getT2().getTextSha256(), t.getT2().getSignerName(),
										t.getT2().getSignerIdNumber()))
						.map(CreditDtos::toDto)))
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<Flux<CommitmentDto>>> listCommitments(UUID applicationId, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.commitments.list(caller, applicationId).map(CreditDtos::toDto).collectList())
			.map((list) -> ResponseEntity.ok(Flux.fromIterable(list)));
	}

	@Override
	public Mono<ResponseEntity<CommitmentDto>> withdrawCommitment(UUID applicationId, UUID commitmentId,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.commitments.withdraw(caller, applicationId, commitmentId))
			.map((c) -> ResponseEntity.ok(CreditDtos.toDto(c)));
	}

	@Override
	public Mono<ResponseEntity<CreditProfileDto>> getOwnCreditProfile(ServerWebExchange exchange) {
		return Callers.required().flatMap(this.credit::own).map((p) -> profile(p, exchange));
	}

	@Override
	public Mono<ResponseEntity<CreditProfileDto>> getCreditProfile(String subject, ServerWebExchange exchange) {
		return Callers.required().flatMap((caller) -> this.credit.of(caller, subject)).map((p) -> profile(p, exchange));
	}

	/** A profile in the reader's language (the rule and the records' reasons). */
	private static ResponseEntity<CreditProfileDto> profile(CreditService.Profile p, ServerWebExchange exchange) {
		java.util.Locale language = Text.language(exchange);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(CreditDtos.toDto(p, language));
	}

	@Override
	public Mono<ResponseEntity<CreditRecordDto>> receiveCreditEvent(Mono<CreditEventDto> body,
			ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.credit.receive(t.getT1(),
					new CreditService.Event(t.getT2().getEventId(),
							CreditRecord.Kind.valueOf(t.getT2().getKind().getValue()), t.getT2().getLicenseNo(),
							t.getT2().getReason(), t.getT2().getOccurredOn(), t.getT2().getReasonEn(),
							t.getT2().getCategory())))
			.map((w) -> ResponseEntity.status(w.created() ? HttpStatus.CREATED : HttpStatus.OK)
				.body(CreditDtos.toDto(w.record(), null, Text.language(exchange))));
	}

	@Override
	public Mono<ResponseEntity<CreditRepairDto>> requestCreditRepair(UUID recordId, Mono<CreditRepairRequestDto> body,
			String idempotencyKey, ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.idempotency.once(t.getT1().subject(), idempotencyKey,
					java.util.List.of(recordId.toString(), t.getT2()), CreditRepairDto.class,
					() -> this.repairs.request(t.getT1(), recordId, t.getT2().getReason()).map(CreditDtos::toDto)))
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<CreditRepairDto>> decideCreditRepair(UUID repairId, Mono<CreditRepairDecisionDto> body,
			ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.repairs.decide(t.getT1(), repairId, t.getT2().getGranted(), t.getT2().getReason()))
			.map((r) -> ResponseEntity.ok(CreditDtos.toDto(r)));
	}

	@Override
	public Mono<ResponseEntity<PostVerificationDto>> getPostVerification(UUID applicationId,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.applications.get(caller, applicationId))
			.flatMap((a) -> this.postVerifications.ofApplication(a.id()))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("没有事后核查任务", "No post-verification")))
			.map((t) -> ResponseEntity.ok(CreditDtos.toDto(t, LocalDate.now(CHINA))));
	}

	@Override
	public Mono<ResponseEntity<PostVerificationDto>> recordPostVerification(UUID id,
			Mono<PostVerificationFindingsDto> body, ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.postVerifications.record(t.getT1(), id, t.getT2().getTruthful(),
					t.getT2().getFindings()))
			.map((t) -> ResponseEntity.ok(CreditDtos.toDto(t)));
	}

	@Override
	public Mono<ResponseEntity<CreditRepairPageDto>> listCreditRepairs(Integer limit, String cursor, String status,
			ServerWebExchange exchange) {
		int size = KeysetCursor.limit(limit);
		RankedCursor after = RankedCursor.decode(cursor);
		return Callers.required()
			.flatMap((caller) -> this.repairList.page(caller, status, size, after))
			.map((page) -> ResponseEntity
				.ok(new CreditRepairPageDto().items(page.items().stream().map(CreditDtos::toDto).toList())
					.total(page.total())
					.limit(page.limit())
					.nextCursor(page.nextCursor())));
	}

	@Override
	public Mono<ResponseEntity<PostVerificationPageDto>> listPostVerifications(Integer limit, String cursor,
			String status, Boolean overdue, ServerWebExchange exchange) {
		int size = KeysetCursor.limit(limit);
		RankedCursor after = RankedCursor.decode(cursor);
		return Callers.required()
			.flatMap((caller) -> this.postVerificationList.page(caller, status, overdue, size, after))
			.map((page) -> ResponseEntity
				.ok(new PostVerificationPageDto().items(page.items().stream().map(CreditDtos::toDto).toList())
					.total(page.total())
					.limit(page.limit())
					.nextCursor(page.nextCursor())));
	}

}
