package cn.gov.tobacco.licensing.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.application.ApplicationState;
import cn.gov.tobacco.licensing.materials.DocumentType;
import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;
import cn.gov.tobacco.platform.storage.MultipartStore;

/**
 * Resumable uploads: a retailer's document sent in parts, each streamed to an S3
 * multipart upload, then joined and checked as a single upload is
 * ({@link UploadCompletion}; see the README). Only the application's retailer starts,
 * feeds, completes or aborts a session; anyone else's session is 404, and staff roles get
 * 403.
 */
@Service
class UploadSessions {

	private final DocumentService documents;

	private final DocumentRepository documentRows;

	private final UploadSessionRepository sessions;

	private final MultipartStore s3;

	private final UploadProperties properties;

	private final DocumentProperties limits;

	private final AuditChain audit;

	private final TransactionalOperator tx;

	private final JsonMapper json;

	private final Clock clock;

	UploadSessions(DocumentService documents, DocumentRepository documentRows, UploadSessionRepository sessions,
			MultipartStore s3, UploadProperties properties, DocumentProperties limits, AuditChain audit,
			TransactionalOperator tx, JsonMapper json, Clock clock) {
		this.documents = documents;
		this.documentRows = documentRows;
		this.sessions = sessions;
		this.s3 = s3;
		this.properties = properties;
		this.limits = limits;
		this.audit = audit;
		this.tx = tx;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Checks the declared size against the type's cap, starts the S3 upload and records
	 * the session with its audit entry; if that fails the S3 upload is aborted.
	 */
	Mono<View> start(Caller caller, UUID applicationId, DocumentType type, String fileName, long size,
			String declaredType, UUID replaces) {
		return Access.check(caller, Role.RETAILER).then(Mono.defer(() -> {
			long cap = this.limits.maxBytes(type);
			if (size > cap) {
				return Mono.error(tooLarge(cap));
			}
			return this.documents.admit(caller, applicationId, type, replaces);
		})).flatMap((application) -> {
			Instant now = now();
			String key = UUID.randomUUID().toString();
			return this.s3.start(key, "application/octet-stream").flatMap((uploadId) -> {
				UploadSession session = new UploadSession(UUID.randomUUID(), application.id(), caller.subject(), type,
						java.util.Objects.requireNonNullElse(DocumentService.displayName(fileName), ""), declaredType,
						size, this.properties.partSize().toBytes(), replaces, key, uploadId, UploadSession.State.OPEN,
						null, now, now.plus(this.properties.expiry()));
				return lockAccepting(application.id(), "start an upload").then(this.sessions.insert(session))
					.then(record(session, "UPLOAD_STARTED", caller.subject(),
							Map.of("documentType", type.name(), "size", Long.toString(size))))
					.as(this.tx::transactional)
					.thenReturn(new View(session, List.of()))
					.onErrorResume((ex) -> this.s3.abort(key, uploadId)
						.onErrorResume((e) -> Mono.empty())
						.then(Mono.error(ex)));
			});
		});
	}

	/** The session and the parts the server has. */
	Mono<View> get(Caller caller, UUID applicationId, UUID uploadId) {
		return owned(caller, applicationId, uploadId).flatMap((session) -> this.sessions.parts(session.id())
			.collectList()
			.map((p) -> new View(session.asSeenAt(now()), p)));
	}

	/**
	 * Streams part {@code number} to S3 and records it; a part sent again replaces the
	 * earlier one. {@code length} is the request's Content-Length (-1 when absent).
	 */
	Mono<Void> putPart(Caller caller, UUID applicationId, UUID uploadId, int number, long length,
			Flux<DataBuffer> body) {
		return owned(caller, applicationId, uploadId).flatMap((session) -> {
			if (!session.isOpenAt(now())) {
				return Mono.error(ended(session));
			}
			if (number < 1 || number > session.partCount()) {
				return Mono.error(ApiException.validation(List.of(FieldProblem.of("partNumber",
						"须在 1 到 " + session.partCount() + " 之间", "must be 1 to " + session.partCount()))));
			}
			if (length < 0) {
				return Mono.error(new ApiException(ProblemKind.LENGTH_REQUIRED,
						Text.of("分片须带 Content-Length", "A part needs a Content-Length")));
			}
			if (length > session.partSize()) {
				return Mono.error(tooLarge(session.partSize()));
			}
			if (length == 0 || (number < session.partCount() && length != session.partSize())) {
				return Mono.error(ApiException.validation(List.of(FieldProblem.of("Content-Length",
						"第 " + number + " 个分片须为 " + session.expectedLength(number) + " 字节",
						"part " + number + " must have " + session.expectedLength(number) + " bytes"))));
			}
			return this.s3.putPart(session.storageKey(), session.s3UploadId(), number, length, body)
				.onErrorMap(MultipartStore.IncompleteBodyException.class,
						(ex) -> new ApiException(ProblemKind.MALFORMED_REQUEST,
								Text.of("分片不完整，请重新发送", "The part arrived incomplete; send it again")))
				.flatMap((etag) -> this.sessions.savePart(session.id(), number, length, etag, now()));
		});
	}

	/** Discards the parts sent so far; aborting an ended session changes nothing. */
	Mono<Void> abort(Caller caller, UUID applicationId, UUID uploadId) {
		return owned(caller, applicationId, uploadId).flatMap((session) -> switch (session.state()) {
			case COMPLETED -> Mono.error(new ApiException(ProblemKind.CONFLICT,
					Text.of("该上传已完成，不能取消", "This upload is complete and cannot be aborted")));
			case OPEN -> this.documentRows.lockState(applicationId)
				.then(this.sessions.end(session.id(), UploadSession.State.ABORTED, null, now()))
				.filter(Boolean::booleanValue)
				.flatMap((ended) -> record(session, "UPLOAD_ABORTED", caller.subject(), Map.of()))
				.as(this.tx::transactional)
				.then(this.s3.abort(session.storageKey(), session.s3UploadId()));
			default -> Mono.empty();
		});
	}

	Mono<UploadSession> owned(Caller caller, UUID applicationId, UUID uploadId) {
		return Access.check(caller, Role.RETAILER)
			.then(this.sessions.find(applicationId, uploadId))
			.filter((session) -> session.ownerSubject().equals(caller.subject()))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("上传不存在", "No such upload")));
	}

	Mono<Completed> completedAlready(UploadSession session) {
		return completedAlready(session.applicationId(), session.documentId(), true);
	}

	Mono<Completed> completedAlready(UUID applicationId, UUID documentId, boolean replayed) {
		return this.documentRows.findAttached(applicationId, documentId)
			.map((attached) -> new Completed(attached, replayed));
	}

	private Mono<Void> lockAccepting(UUID applicationId, String action) {
		return this.documentRows.lockState(applicationId)
			.flatMap((state) -> ApplicationState.valueOf(state).acceptsDocuments() ? Mono.<Void>empty()
					: Mono.error(ApiException.illegalTransition(state, action)));
	}

	Mono<Void> record(UploadSession session, String action, String actor, Map<String, String> extra) {
		Map<String, String> detail = new java.util.TreeMap<>(extra);
		detail.put("uploadId", session.id().toString());
		return this.audit
			.append("application", session.applicationId(), action, actor, this.json.writeValueAsString(detail))
			.then();
	}

	ApiException ended(UploadSession session) {
		String state = (session.state() == UploadSession.State.OPEN) ? "EXPIRED" : session.state().name();
		return new ApiException(ProblemKind.CONFLICT,
				Text.of("该上传已结束（" + state + "），请重新开始上传", "This upload has ended (" + state + "); start a new one"));
	}

	static ApiException tooLarge(long maxBytes) {
		long kb = maxBytes / 1024;
		return new ApiException(ProblemKind.PAYLOAD_TOO_LARGE,
				Text.of("文件超过此类型允许的大小（" + kb + " KB）",
						"The file exceeds the size allowed for its type (" + kb + " KB)"),
				List.of(), Map.of("maxBytes", maxBytes));
	}

	Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * A session and the parts the server has.
	 *
	 * @param session the session
	 * @param parts its acknowledged parts, by number
	 */
	record View(UploadSession session, List<UploadSessionRepository.StoredPart> parts) {
	}

	/**
	 * The document a completed session made.
	 *
	 * @param document the document as attached to the application
	 * @param replayed whether the session was completed before this request
	 */
	record Completed(DocumentRepository.Attached document, boolean replayed) {
	}

}
