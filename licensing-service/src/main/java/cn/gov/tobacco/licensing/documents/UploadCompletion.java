package cn.gov.tobacco.licensing.documents;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.storage.MultipartStore;
import cn.gov.tobacco.platform.storage.StoredObject;

/**
 * The end of a resumable upload: the parts joined in S3, the assembled object checked as
 * a single upload is checked, and the document filed as a single upload files it; a file
 * that fails a check is deleted and its session ends REFUSED.
 */
@Service
class UploadCompletion {

	private final UploadSessions uploads;

	private final DocumentService documents;

	private final DocumentRepository documentRows;

	private final UploadSessionRepository sessions;

	private final MultipartStore s3;

	private final TransactionalOperator tx;

	UploadCompletion(UploadSessions uploads, DocumentService documents, DocumentRepository documentRows,
			UploadSessionRepository sessions, MultipartStore s3, TransactionalOperator tx) {
		this.uploads = uploads;
		this.documents = documents;
		this.documentRows = documentRows;
		this.sessions = sessions;
		this.s3 = s3;
		this.tx = tx;
	}

	/**
	 * Joins the parts and files the document as a single upload does. A session completed
	 * already answers its document again ({@code replayed}).
	 */
	Mono<UploadSessions.Completed> complete(Caller caller, UUID applicationId, UUID uploadId) {
		return this.uploads.owned(caller, applicationId, uploadId).flatMap((session) -> switch (session.state()) {
			case COMPLETED -> this.uploads.completedAlready(session);
			case OPEN -> session.isOpenAt(this.uploads.now()) ? assemble(caller, session)
					: Mono.error(this.uploads.ended(session));
			default -> Mono.error(this.uploads.ended(session));
		});
	}

	private Mono<UploadSessions.Completed> assemble(Caller caller, UploadSession session) {
		return this.sessions.parts(session.id()).collectList().flatMap((parts) -> {
			List<Integer> missing = new java.util.ArrayList<>();
			for (int n = 1; n <= session.partCount(); n++) {
				int number = n;
				if (parts.stream().noneMatch((p) -> p.number() == number)) {
					missing.add(n);
				}
			}
			if (!missing.isEmpty()) {
				return Mono.error(new ApiException(ProblemKind.CONFLICT,
						Text.of("还缺少分片 " + missing + "，请先上传", "Parts " + missing + " are still missing")));
			}
			long total = parts.stream().mapToLong(UploadSessionRepository.StoredPart::size).sum();
			if (total > session.size()) {
				return refuse(caller, session, UploadSessions.tooLarge(session.size()), true);
			}
			if (total < session.size()) {
				return Mono.error(ApiException.businessRule(
						"分片合计 " + total + " 字节，少于声明的 " + session.size() + " 字节，请重新上传最后一个分片", "The parts hold " + total
								+ " bytes, fewer than the " + session.size() + " declared; send the last part again"));
			}
			List<MultipartStore.PartTag> tags = parts.stream()
				.map((p) -> new MultipartStore.PartTag(p.number(), p.etag()))
				.toList();
			return this.documents.admit(caller, session.applicationId(), session.type(), session.replaces())
				.then(this.s3.complete(session.storageKey(), session.s3UploadId(), tags)
					// completed before, but its outcome was not recorded: the object is
					// there
					.onErrorResume(MultipartStore::noSuchUpload, (ex) -> Mono.empty()))
				.then(this.documents.inspect(session.storageKey(), session.type()))
				.onErrorResume(ApiException.class,
						(ex) -> refusedByCheck(ex) ? refuse(caller, session, ex, false) : Mono.error(ex))
				.flatMap((stored) -> DeclaredType.matches(session.declaredType(), stored.contentType())
						? file(caller, session, stored)
						: this.documents.discard(stored.key())
							.then(refuse(caller, session,
									DeclaredType.mismatch(session.declaredType(), stored.contentType()), false)));
		});
	}

	/**
	 * In one transaction: the document row (and replacement), the session's end, audit.
	 */
	private Mono<UploadSessions.Completed> file(Caller caller, UploadSession session, StoredObject stored) {
		return this.documentRows.lockState(session.applicationId())
			.then(this.sessions.lock(session.id()))
			.flatMap((locked) -> (locked.state() == UploadSession.State.COMPLETED)
					? this.uploads.completedAlready(locked)
					: (locked.state() != UploadSession.State.OPEN) ? Mono.error(this.uploads
						.ended(locked)) : this.documents
							.file(caller, session.applicationId(), session.type(), session.fileName(),
									session.replaces(), stored)
							.flatMap((document) -> this.sessions
								.end(session.id(), UploadSession.State.COMPLETED, document.id(), this.uploads.now())
								.then(this.uploads.record(session, "UPLOAD_COMPLETED", caller.subject(),
										Map.of("documentId", document.id().toString())))
								.then(this.uploads.completedAlready(session.applicationId(), document.id(), false))))
			.as(this.tx::transactional);
	}

	/**
	 * Ends a session whose file failed a check (the object, or the S3 upload, is gone),
	 * then answers the check's problem.
	 */
	private <T> Mono<T> refuse(Caller caller, UploadSession session, ApiException problem, boolean abortS3) {
		Mono<Void> discard = abortS3 ? this.s3.abort(session.storageKey(), session.s3UploadId()) : Mono.empty();
		return discard
			.then(this.documentRows.lockState(session.applicationId())
				.then(this.sessions.end(session.id(), UploadSession.State.REFUSED, null, this.uploads.now()))
				.filter(Boolean::booleanValue)
				.flatMap((ended) -> this.uploads.record(session, "UPLOAD_REFUSED", caller.subject(),
						Map.of("problem", problem.kind().name())))
				.as(this.tx::transactional))
			.then(Mono.error(problem));
	}

	private static boolean refusedByCheck(ApiException ex) {
		return ex.kind() == ProblemKind.PAYLOAD_TOO_LARGE || ex.kind() == ProblemKind.UNSUPPORTED_MEDIA_TYPE;
	}

}
