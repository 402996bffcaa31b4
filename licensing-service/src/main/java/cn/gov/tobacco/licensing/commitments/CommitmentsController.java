package cn.gov.tobacco.licensing.commitments;

import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.CommitmentsApi;
import cn.gov.tobacco.licensing.api.model.CommitmentDto;
import cn.gov.tobacco.licensing.api.model.CommitmentSignatureDto;
import cn.gov.tobacco.licensing.api.model.CommitmentTemplateDto;
import cn.gov.tobacco.licensing.api.model.CommitmentTemplateTextDto;
import cn.gov.tobacco.platform.identifiers.ResidentIdNumber;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

@RestController
class CommitmentsController implements CommitmentsApi {

	private final Templates templates;

	private final Commitments commitments;

	private final IdempotencyStore idempotency;

	CommitmentsController(Templates templates, Commitments commitments, IdempotencyStore idempotency) {
		this.templates = templates;
		this.commitments = commitments;
		this.idempotency = idempotency;
	}

	@Override
	public Mono<ResponseEntity<Flux<CommitmentTemplateDto>>> listCommitmentTemplates(ServerWebExchange exchange) {
		return Callers.required()
			.map((caller) -> ResponseEntity.ok(this.templates.current().map(CommitmentsController::toDto)));
	}

	@Override
	public Mono<ResponseEntity<Flux<CommitmentTemplateDto>>> listCommitmentTemplateVersions(String code,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.templates.versions(code))
			.filter((versions) -> !versions.isEmpty())
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("承诺书不存在", "No such template")))
			.map((versions) -> ResponseEntity.ok(Flux.fromIterable(versions).map(CommitmentsController::toDto)));
	}

	@Override
	public Mono<ResponseEntity<CommitmentTemplateDto>> getCommitmentTemplate(String code, Integer version,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.templates.find(code, version))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("承诺书版本不存在", "No such template version")))
			.map((t) -> ResponseEntity.ok(toDto(t)));
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
						.map(CommitmentsController::toDto)))
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
						.map(CommitmentsController::toDto)))
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<Flux<CommitmentDto>>> listCommitments(UUID applicationId, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.commitments.list(caller, applicationId)
				.map(CommitmentsController::toDto)
				.collectList())
			.map((list) -> ResponseEntity.ok(Flux.fromIterable(list)));
	}

	@Override
	public Mono<ResponseEntity<CommitmentDto>> withdrawCommitment(UUID applicationId, UUID commitmentId,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.commitments.withdraw(caller, applicationId, commitmentId))
			.map((c) -> ResponseEntity.ok(toDto(c)));
	}

	static CommitmentTemplateDto toDto(CommitmentTemplate t) {
		return new CommitmentTemplateDto().code(t.code())
			.version(t.version())
			.titleZh(t.titleZh())
			.textZh(t.textZh())
			.textEn(t.textEn())
			.textSha256(t.textSha256())
			.publishedAt(t.publishedAt().atOffset(ZoneOffset.UTC));
	}

	static CommitmentDto toDto(Commitment c) {
		return new CommitmentDto().id(c.id())
			.applicationId(c.applicationId())
			.templateCode(c.templateCode())
			.templateVersion(c.templateVersion())
			.textSha256(c.textSha256())
			.signerName(c.signerName())
			.signerIdNumber(ResidentIdNumber.mask(c.signerIdNumber()))
			.signedAt(c.signedAt().atOffset(ZoneOffset.UTC))
			.status(CommitmentDto.StatusEnum.valueOf(c.status()))
			.withdrawnAt((c.withdrawnAt() != null) ? c.withdrawnAt().atOffset(ZoneOffset.UTC) : null);
	}

}
