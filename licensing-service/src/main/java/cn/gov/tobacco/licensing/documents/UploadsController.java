package cn.gov.tobacco.licensing.documents;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.UploadsApi;
import cn.gov.tobacco.licensing.api.model.DocumentDto;
import cn.gov.tobacco.licensing.api.model.DocumentTypeDto;
import cn.gov.tobacco.licensing.api.model.UploadSessionDto;
import cn.gov.tobacco.licensing.api.model.UploadStartDto;
import cn.gov.tobacco.licensing.api.model.UploadStateDto;
import cn.gov.tobacco.licensing.api.model.UploadedPartDto;
import cn.gov.tobacco.licensing.materials.DocumentType;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.security.Callers;

@RestController
class UploadsController implements UploadsApi {

	private final UploadSessions uploads;

	private final UploadCompletion completion;

	private final IdempotencyStore idempotency;

	UploadsController(UploadSessions uploads, UploadCompletion completion, IdempotencyStore idempotency) {
		this.uploads = uploads;
		this.completion = completion;
		this.idempotency = idempotency;
	}

	@Override
	public Mono<ResponseEntity<UploadSessionDto>> startUpload(UUID applicationId, Mono<UploadStartDto> body,
			String idempotencyKey, ServerWebExchange exchange) {
		return Callers.required().zipWith(body).flatMap((t) -> {
			UploadStartDto start = t.getT2();
			Map<String, Object> fingerprint = new TreeMap<>();
			fingerprint.put("applicationId", applicationId.toString());
			fingerprint.put("request", start);
			return this.idempotency.once(t.getT1().subject(), idempotencyKey, fingerprint, UploadSessionDto.class,
					() -> this.uploads
						.start(t.getT1(), applicationId, DocumentType.valueOf(start.getDocumentType().name()),
								start.getFileName(), start.getSize(), start.getContentType(), start.getReplaces())
						.map(UploadsController::toDto));
		})
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<UploadSessionDto>> getUpload(UUID applicationId, UUID uploadId,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.uploads.get(caller, applicationId, uploadId))
			.map((view) -> ResponseEntity.ok()
				.cacheControl(org.springframework.http.CacheControl.noStore())
				.body(toDto(view)));
	}

	/**
	 * The generated signature's {@code Mono<Resource>} would gather the body in memory,
	 * so it is never subscribed: the request's bytes stream from the exchange to S3.
	 */
	@Override
	public Mono<ResponseEntity<Void>> uploadPart(UUID applicationId, UUID uploadId, Integer partNumber,
			Mono<Resource> body, ServerWebExchange exchange) {
		long length = exchange.getRequest().getHeaders().getContentLength();
		return Callers.required()
			.flatMap((caller) -> this.uploads.putPart(caller, applicationId, uploadId, partNumber, length,
					exchange.getRequest().getBody()))
			.thenReturn(ResponseEntity.noContent().<Void>build());
	}

	@Override
	public Mono<ResponseEntity<DocumentDto>> completeUpload(UUID applicationId, UUID uploadId,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.completion.complete(caller, applicationId, uploadId))
			.map((completed) -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Idempotency-Replayed", Boolean.toString(completed.replayed()))
				.body(DocumentsController.toDto(completed.document())));
	}

	@Override
	public Mono<ResponseEntity<Void>> abortUpload(UUID applicationId, UUID uploadId, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.uploads.abort(caller, applicationId, uploadId))
			.thenReturn(ResponseEntity.noContent().<Void>build());
	}

	private static UploadSessionDto toDto(UploadSessions.View view) {
		UploadSession s = view.session();
		return new UploadSessionDto().id(s.id())
			.applicationId(s.applicationId())
			.documentType(DocumentTypeDto.valueOf(s.type().name()))
			.fileName((s.fileName() != null) ? s.fileName() : "")
			.size(s.size())
			.replaces(s.replaces())
			.partSize(s.partSize())
			.partCount(s.partCount())
			.parts(view.parts().stream().map((p) -> new UploadedPartDto().number(p.number()).size(p.size())).toList())
			.state(UploadStateDto.valueOf(s.state().name()))
			.documentId(s.documentId())
			.createdAt(s.createdAt().atOffset(ZoneOffset.UTC))
			.expiresAt(s.expiresAt().atOffset(ZoneOffset.UTC));
	}

}
