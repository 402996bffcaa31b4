package cn.gov.tobacco.licensing.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.application.Application;
import cn.gov.tobacco.licensing.application.ApplicationService;
import cn.gov.tobacco.licensing.application.ApplicationState;
import cn.gov.tobacco.licensing.materials.DocumentType;
import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.storage.ObjectStore;
import cn.gov.tobacco.platform.storage.StoredObject;
import cn.gov.tobacco.platform.storage.UploadRules;

/**
 * Uploads documents for applications and hands them out to those who may see them. The
 * object is written first under a random key and its row after; if the row cannot be
 * written the object is removed, so no row ever points at a missing object.
 */
@Service
class DocumentService {

	private final ApplicationService applications;

	private final DocumentRepository documents;

	private final ObjectStore store;

	private final DocumentProperties properties;

	private final Clock clock;

	private final AuditChain audit;

	private final TransactionalOperator tx;

	private final JsonMapper json;

	DocumentService(ApplicationService applications, DocumentRepository documents, ObjectStore store,
			DocumentProperties properties, Clock clock, AuditChain audit, TransactionalOperator tx, JsonMapper json) {
		this.applications = applications;
		this.documents = documents;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
		this.audit = audit;
		this.tx = tx;
		this.json = json;
	}

	/**
	 * Stores the file and attaches it; with {@code replaces}, the new document takes the
	 * place of a current one of the same type (checked before the bytes are read, and
	 * again in the transaction that writes the rows and the audit entry).
	 */
	Mono<Document> upload(Caller caller, UUID applicationId, DocumentType type, String fileName, UUID replaces,
			Flux<DataBuffer> content) {
		return admit(caller, applicationId, type, replaces)
			.flatMap((application) -> this.store.put(content, rules(type))
				.flatMap((stored) -> file(caller, application.id(), type, fileName, replaces, stored)));
	}

	/**
	 * Runs an upload's work (an idempotent one's transaction) with its turn to stream
	 * into storage taken first, so no upload waits for its turn holding a database
	 * connection.
	 */
	<T> Mono<T> reserving(Mono<T> work) {
		return this.store.reserving(work);
	}

	/**
	 * Checks an object assembled in storage (a resumable upload's parts) as an upload is
	 * checked on its way in; a refused object is removed.
	 */
	Mono<StoredObject> inspect(String key, DocumentType type) {
		return this.store.inspect(key, rules(type));
	}

	/** Removes a stored object no row refers to (one refused after it was assembled). */
	Mono<Void> discard(String key) {
		return this.store.remove(key);
	}

	/** What a file of the type must be: an accepted type by its bytes, within its cap. */
	UploadRules rules(DocumentType type) {
		return new UploadRules(Set.copyOf(this.properties.acceptedTypes()), this.properties.maxBytes(type));
	}

	/**
	 * The application, if the caller may upload a document of the type to it now (and
	 * replace {@code replaces} with it); checked before any bytes are read.
	 */
	Mono<Application> admit(Caller caller, UUID applicationId, DocumentType type, UUID replaces) {
		return this.applications.get(caller, applicationId)
			.filter((application) -> application.isOwnedBy(caller)
					|| (replaces == null && isSitePhotoOfAssignee(application, caller, type)))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("申请不存在", "No such application")))
			.flatMap((application) -> (type == DocumentType.SITE_PHOTO) ? sitePhoto(application, caller)
					: acceptsDocuments(application))
			.flatMap((application) -> (replaces != null)
					? replaceable(application.id(), replaces, type).thenReturn(application) : Mono.just(application));
	}

	/**
	 * Writes the row of a stored object and attaches it (replacing {@code replaces}); if
	 * that fails the object is removed, so no object outlives a failed row.
	 */
	Mono<Document> file(Caller caller, UUID applicationId, DocumentType type, String fileName, UUID replaces,
			StoredObject stored) {
		Document document = new Document(UUID.randomUUID(), caller.subject(), type, displayName(fileName),
				stored.contentType(), stored.size(), stored.sha256(), stored.key(), caller.subject(),
				Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
		Mono<Document> write = (replaces == null) ? this.documents.insertAttached(document, applicationId)
				: replace(caller, applicationId, replaces, document);
		return write.onErrorResume((ex) -> this.store.remove(stored.key()).then(Mono.error(ex)));
	}

	/**
	 * Takes a current document off the application before the decision. Removing one
	 * already removed changes nothing; a replaced one is history and cannot be removed.
	 */
	Mono<Void> remove(Caller caller, UUID applicationId, UUID documentId) {
		return this.applications.get(caller, applicationId)
			.filter((application) -> application.isOwnedBy(caller))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("申请不存在", "No such application")))
			.flatMap(DocumentService::acceptsDocuments)
			.flatMap((application) -> this.documents.findAttached(application.id(), documentId)
				.switchIfEmpty(Mono.error(() -> ApiException.notFound("材料不存在", "No such document")))
				.flatMap((attached) -> {
					if (attached.removedAt() != null) {
						return Mono.empty();
					}
					if (attached.replacedBy() != null) {
						return Mono.error(replacedAlready());
					}
					if (attached.document().type() == DocumentType.SITE_PHOTO) {
						return Mono.error(sitePhotoIsInspectors());
					}
					Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
					return locked(application.id(), "remove a document")
						.then(this.documents.markRemoved(application.id(), documentId, now))
						.flatMap((removed) -> removed ? Mono.empty() : Mono.error(replacedAlready()))
						.then(record(application.id(), "DOCUMENT_REMOVED", caller,
								Map.of("documentId", documentId.toString(), "documentType",
										attached.document().type().name())))
						.as(this.tx::transactional);
				}))
			.then();
	}

	private Mono<Void> replaceable(UUID applicationId, UUID replaces, DocumentType type) {
		return this.documents.findAttached(applicationId, replaces)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("要替换的材料不存在", "No such document to replace")))
			.flatMap((old) -> {
				if (!old.current()) {
					return Mono.error(replacedAlready());
				}
				if (old.document().type() == DocumentType.SITE_PHOTO) {
					return Mono.error(sitePhotoIsInspectors());
				}
				if (old.document().type() != type) {
					return Mono.error(ApiException.validation(List.of(FieldProblem.of("replaces", "替换的材料须为同一类型",
							"The replacement must be a document of the same type"))));
				}
				return Mono.empty();
			});
	}

	private Mono<Document> replace(Caller caller, UUID applicationId, UUID replaces, Document document) {
		return locked(applicationId, "replace a document").then(this.documents.insertAttached(document, applicationId))
			.then(this.documents.markReplaced(applicationId, replaces, document.id()))
			.flatMap((replaced) -> replaced ? Mono.empty() : Mono.error(replacedAlready()))
			.then(record(applicationId, "DOCUMENT_REPLACED", caller,
					Map.of("documentId", replaces.toString(), "replacedBy", document.id().toString(), "documentType",
							document.type().name())))
			.thenReturn(document)
			.as(this.tx::transactional);
	}

	/** Locks the application for the transaction and checks it still takes documents. */
	private Mono<Void> locked(UUID applicationId, String action) {
		return this.documents.lockState(applicationId)
			.flatMap((state) -> ApplicationState.valueOf(state).acceptsDocuments() ? Mono.<Void>empty()
					: Mono.error(ApiException.illegalTransition(state, action)));
	}

	private Mono<Void> record(UUID applicationId, String action, Caller caller, Map<String, String> detail) {
		return this.audit
			.append("application", applicationId, action, caller.subject(), this.json.writeValueAsString(detail))
			.then();
	}

	private static ApiException replacedAlready() {
		return new ApiException(ProblemKind.CONFLICT,
				Text.of("该材料已被替换，请对最新的材料操作", "This document has been replaced; act on the current one"));
	}

	private static ApiException sitePhotoIsInspectors() {
		return ApiException.businessRule("现场照片由检查人员上传，申请人不能替换或删除",
				"Site photos are the inspector's; the applicant cannot replace or remove them");
	}

	Flux<DocumentRepository.Attached> attachedTo(Caller caller, UUID applicationId) {
		return this.applications.get(caller, applicationId).flatMapMany((a) -> this.documents.findAttachedTo(a.id()));
	}

	/**
	 * The document and its bytes, if the caller may see it: its owner, or staff who see
	 * an application it is attached to.
	 */
	Mono<Download> open(Caller caller, UUID documentId, DataBufferFactory buffers) {
		return this.documents.findById(documentId)
			.filterWhen((d) -> d.ownerSubject().equals(caller.subject()) ? Mono.just(true)
					: this.documents.applicationsOf(d.id())
						.concatMap((applicationId) -> this.applications.get(caller, applicationId)
							.onErrorResume(ApiException.class, (ex) -> Mono.empty()))
						.hasElements())
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("材料不存在", "No such document")))
			.map((d) -> new Download(d, this.store.read(d.storageKey(), buffers)));
	}

	/** Attaches a verified document the caller uploaded earlier (材料复用). */
	Mono<Document> attachExisting(Caller caller, UUID applicationId, UUID documentId) {
		return this.applications.get(caller, applicationId)
			.filter((application) -> application.isOwnedBy(caller))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("申请不存在", "No such application")))
			.flatMap(DocumentService::acceptsDocuments)
			.flatMap((application) -> this.documents.findById(documentId)
				.filter((d) -> d.ownerSubject().equals(caller.subject()))
				.switchIfEmpty(Mono.error(() -> ApiException.notFound("材料不存在", "No such document")))
				.flatMap((d) -> this.documents.isVerified(d.id())
					.flatMap((verified) -> verified ? Mono.just(d)
							: Mono.error(ApiException.businessRule("只有已核验的材料可以复用",
									"Only verified documents can be reused"))))
				.flatMap(
						(d) -> this.documents.attach(application.id(), d.id(), Instant.now(this.clock)).thenReturn(d)));
	}

	Flux<Document> reusable(Caller caller) {
		return this.documents.findVerifiedOf(caller.subject());
	}

	private static boolean isSitePhotoOfAssignee(Application application, Caller caller, DocumentType type) {
		return type == DocumentType.SITE_PHOTO && caller.has(cn.gov.tobacco.platform.security.Role.INSPECTOR)
				&& caller.subject().equals(application.progress().assignee());
	}

	private static Mono<Application> sitePhoto(Application application, Caller caller) {
		return (application.state() == ApplicationState.SITE_CHECK
				&& caller.subject().equals(application.progress().assignee())) ? Mono.just(application)
						: Mono.error(ApiException.illegalTransition(application.state().name(), "upload a site photo"));
	}

	private static Mono<Application> acceptsDocuments(Application application) {
		return application.state().acceptsDocuments() ? Mono.just(application)
				: Mono.error(ApiException.illegalTransition(application.state().name(), "upload a document"));
	}

	static String displayName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return null;
		}
		String base = fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
		return (base.length() > 200) ? base.substring(base.length() - 200) : base;
	}

	record Download(Document document, Flux<DataBuffer> content) {
	}

}
