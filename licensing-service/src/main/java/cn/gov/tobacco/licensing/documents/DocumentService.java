package cn.gov.tobacco.licensing.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.stereotype.Service;

import cn.gov.tobacco.licensing.application.Application;
import cn.gov.tobacco.licensing.application.ApplicationService;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.storage.ObjectStore;
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

	DocumentService(ApplicationService applications, DocumentRepository documents, ObjectStore store,
			DocumentProperties properties, Clock clock) {
		this.applications = applications;
		this.documents = documents;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	Mono<Document> upload(Caller caller, UUID applicationId, DocumentType type, String fileName,
			Flux<DataBuffer> content) {
		UploadRules rules = new UploadRules(Set.copyOf(this.properties.acceptedTypes()),
				this.properties.maxBytes(type));
		return this.applications.get(caller, applicationId)
			.filter((application) -> application.isOwnedBy(caller) || isSitePhotoOfAssignee(application, caller, type))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("申请不存在", "No such application")))
			.flatMap((application) -> (type == DocumentType.SITE_PHOTO) ? sitePhoto(application, caller)
					: acceptsDocuments(application))
			.flatMap((application) -> this.store.put(content, rules)
				.flatMap((stored) -> this.documents
					.insertAttached(
							new Document(UUID.randomUUID(), caller.subject(), type, displayName(fileName),
									stored.contentType(), stored.size(), stored.sha256(), stored.key(),
									caller.subject(), Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)),
							application.id())
					.onErrorResume((ex) -> this.store.remove(stored.key()).then(Mono.error(ex)))));
	}

	Flux<Document> attachedTo(Caller caller, UUID applicationId) {
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
		return (application.state() == cn.gov.tobacco.licensing.application.ApplicationState.SITE_CHECK
				&& caller.subject().equals(application.progress().assignee())) ? Mono.just(application)
						: Mono.error(ApiException.illegalTransition(application.state().name(), "upload a site photo"));
	}

	private static Mono<Application> acceptsDocuments(Application application) {
		return application.state().acceptsDocuments() ? Mono.just(application)
				: Mono.error(ApiException.illegalTransition(application.state().name(), "upload a document"));
	}

	private static String displayName(String fileName) {
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
