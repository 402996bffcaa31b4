package cn.gov.tobacco.licensing.documents;

import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.DocumentsApi;
import cn.gov.tobacco.licensing.api.model.DocumentDto;
import cn.gov.tobacco.licensing.api.model.DocumentTypeDto;
import cn.gov.tobacco.licensing.materials.DocumentType;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.idempotency.Idempotent;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.security.Callers;

@RestController
class DocumentsController implements DocumentsApi {

	private final DocumentService documents;

	private final IdempotencyStore idempotency;

	DocumentsController(DocumentService documents, IdempotencyStore idempotency) {
		this.documents = documents;
		this.idempotency = idempotency;
	}

	/**
	 * The body streams, so an upload's fingerprint is what describes it: application,
	 * document type, file name and declared length (see the README).
	 */
	@Override
	public Mono<ResponseEntity<DocumentDto>> uploadDocument(UUID applicationId, String documentType, Part file,
			String idempotencyKey, UUID replaces, ServerWebExchange exchange) {
		if (!(file instanceof FilePart filePart)) {
			return Mono.error(
					ApiException.validation(java.util.List.of(FieldProblem.of("file", "须为文件", "must be a file part"))));
		}
		DocumentType type = DocumentType.parse(documentType);
		java.util.Map<String, Object> fingerprint = new java.util.TreeMap<>();
		fingerprint.put("applicationId", applicationId.toString());
		fingerprint.put("documentType", type.name());
		fingerprint.put("fileName", String.valueOf(filePart.filename()));
		fingerprint.put("length", exchange.getRequest().getHeaders().getContentLength());
		if (replaces != null) {
			fingerprint.put("replaces", replaces.toString());
		}
		return Callers.required().flatMap((caller) -> {
			Mono<Idempotent<DocumentDto>> once = this.idempotency.once(caller.subject(), idempotencyKey, fingerprint,
					DocumentDto.class,
					() -> this.documents
						.upload(caller, applicationId, type, filePart.filename(), replaces, filePart.content())
						.map(DocumentsController::toDto));
			// With a key the upload runs in the record's transaction: its turn to stream
			// into storage is taken before that starts (see DocumentService#reserving).
			return (idempotencyKey != null) ? this.documents.reserving(once) : once;
		})
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<DocumentDto>> attachDocument(UUID applicationId,
			Mono<cn.gov.tobacco.licensing.api.model.AttachmentRequestDto> body, String idempotencyKey,
			ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap(
					(t) -> this.idempotency.once(
							t.getT1().subject(), idempotencyKey, java.util.Map.of("applicationId",
									applicationId.toString(), "documentId", t.getT2().getDocumentId().toString()),
							DocumentDto.class,
							() -> this.documents.attachExisting(t.getT1(), applicationId, t.getT2().getDocumentId())
								.map(DocumentsController::toDto)))
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<Flux<DocumentDto>>> listReusableDocuments(ServerWebExchange exchange) {
		return Callers.required()
			.map((caller) -> ResponseEntity.ok(this.documents.reusable(caller).map(DocumentsController::toDto)));
	}

	@Override
	public Mono<ResponseEntity<Flux<DocumentDto>>> listApplicationDocuments(UUID applicationId,
			ServerWebExchange exchange) {
		return Callers.required()
			.map((caller) -> ResponseEntity
				.ok(this.documents.attachedTo(caller, applicationId).map(DocumentsController::toDto)));
	}

	@Override
	public Mono<ResponseEntity<Void>> removeDocument(UUID applicationId, UUID documentId, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.documents.remove(caller, applicationId, documentId))
			.thenReturn(ResponseEntity.noContent().<Void>build());
	}

	/**
	 * Streams the bytes straight to the response (the generated signature's
	 * {@code Resource} would read the object store blocking on the event loop), so the
	 * returned entity is empty once the body has been written.
	 */
	@Override
	public Mono<ResponseEntity<Resource>> downloadDocument(UUID documentId, ServerWebExchange exchange) {
		ServerHttpResponse response = exchange.getResponse();
		return Callers.required()
			.flatMap((caller) -> this.documents.open(caller, documentId, response.bufferFactory()))
			.flatMap((download) -> {
				Document d = download.document();
				HttpHeaders headers = response.getHeaders();
				headers.setContentType(MediaType.parseMediaType(d.contentType()));
				headers.setContentLength(d.size());
				headers.setContentDisposition(ContentDisposition.attachment()
					.filename((d.fileName() != null) ? d.fileName() : d.id().toString(),
							java.nio.charset.StandardCharsets.UTF_8)
					.build());
				headers.set("X-Content-Type-Options", "nosniff");
				headers.setCacheControl("private, no-store");
				headers.set("Digest", "sha-256=" + d.sha256());
				response.setStatusCode(HttpStatus.OK);
				return response.writeWith(download.content());
			})
			.then(Mono.empty());
	}

	static DocumentDto toDto(DocumentRepository.Attached a) {
		return toDto(a.document()).current(a.current())
			.replaces(a.replaces())
			.replacedBy(a.replacedBy())
			.removedAt((a.removedAt() != null) ? a.removedAt().atOffset(ZoneOffset.UTC) : null);
	}

	/** A document on its own (uploaded, attached, or listed for reuse): current. */
	static DocumentDto toDto(Document d) {
		return new DocumentDto().id(d.id())
			.current(true)
			.documentType(DocumentTypeDto.valueOf(d.type().name()))
			.fileName(d.fileName())
			.contentType(d.contentType())
			.size(d.size())
			.sha256(d.sha256())
			.uploadedAt(d.uploadedAt().atOffset(ZoneOffset.UTC));
	}

}
