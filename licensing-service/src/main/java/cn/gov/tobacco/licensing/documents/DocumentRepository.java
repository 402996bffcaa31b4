package cn.gov.tobacco.licensing.documents;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.materials.DocumentType;

@Repository
class DocumentRepository {

	private static final String COLUMNS = "d.id, d.owner_subject, d.document_type, d.file_name, d.content_type, "
			+ "d.size_bytes, d.sha256, d.storage_key, d.uploaded_by, d.uploaded_at";

	private final DatabaseClient db;

	private final TransactionalOperator tx;

	DocumentRepository(DatabaseClient db, TransactionalOperator tx) {
		this.db = db;
		this.tx = tx;
	}

	/** Inserts the document and attaches it to the application, in one transaction. */
	Mono<Document> insertAttached(Document d, UUID applicationId) {
		Mono<Long> document = this.db
			.sql("insert into document (id, owner_subject, document_type, file_name, content_type, size_bytes, sha256, "
					+ "storage_key, status, uploaded_by, uploaded_at) values (:id, :owner, :type, :fileName, "
					+ ":contentType, :size, :sha256, :key, 'STORED', :uploadedBy, :uploadedAt)")
			.bind("id", d.id())
			.bind("owner", d.ownerSubject())
			.bind("type", d.type().name())
			.bind("fileName", (d.fileName() != null) ? d.fileName() : "")
			.bind("contentType", d.contentType())
			.bind("size", d.size())
			.bind("sha256", d.sha256())
			.bind("key", d.storageKey())
			.bind("uploadedBy", d.uploadedBy())
			.bind("uploadedAt", at(d.uploadedAt()))
			.fetch()
			.rowsUpdated();
		Mono<Long> link = this.db
			.sql("insert into application_document (application_id, document_id, attached_at) values (:a, :d, :at)")
			.bind("a", applicationId)
			.bind("d", d.id())
			.bind("at", at(d.uploadedAt()))
			.fetch()
			.rowsUpdated();
		return document.then(link).thenReturn(d).as(this.tx::transactional);
	}

	/** Attaches a document; one attached before and removed since is current again. */
	Mono<Void> attach(UUID applicationId, UUID documentId, Instant at) {
		return this.db
			.sql("insert into application_document (application_id, document_id, attached_at) values (:a, :d, :at) "
					+ "on conflict (application_id, document_id) do update set removed_at = null "
					+ "where application_document.replaced_by is null")
			.bind("a", applicationId)
			.bind("d", documentId)
			.bind("at", at(at))
			.then();
	}

	Mono<Boolean> isVerified(UUID documentId) {
		return this.db.sql("select verified_at is not null from document where id = :id")
			.bind("id", documentId)
			.map((row) -> row.get(0, Boolean.class))
			.one()
			.defaultIfEmpty(false);
	}

	/**
	 * The owner's verified documents, one per type and content (the newest of identical
	 * files), newest first.
	 */
	Flux<Document> findVerifiedOf(String owner) {
		return this.db
			.sql("select * from (select distinct on (d.document_type, d.sha256) " + COLUMNS
					+ " from document d where d.owner_subject = :o and d.verified_at is not null "
					+ "order by d.document_type, d.sha256, d.uploaded_at desc, d.id) d "
					+ "order by d.uploaded_at desc, d.id limit 200")
			.bind("o", owner)
			.map(DocumentRepository::map)
			.all();
	}

	/** Every document attached to the application, replaced and removed ones included. */
	Flux<Attached> findAttachedTo(UUID applicationId) {
		return this.db
			.sql("select " + COLUMNS + ", ad.replaces, ad.replaced_by, ad.removed_at from document d "
					+ "join application_document ad on ad.document_id = d.id "
					+ "where ad.application_id = :a order by d.uploaded_at, d.id")
			.bind("a", applicationId)
			.map(DocumentRepository::attached)
			.all();
	}

	/** The document as attached to the application, if it is. */
	Mono<Attached> findAttached(UUID applicationId, UUID documentId) {
		return this.db
			.sql("select " + COLUMNS + ", ad.replaces, ad.replaced_by, ad.removed_at from document d "
					+ "join application_document ad on ad.document_id = d.id "
					+ "where ad.application_id = :a and ad.document_id = :d")
			.bind("a", applicationId)
			.bind("d", documentId)
			.map(DocumentRepository::attached)
			.one();
	}

	/**
	 * Locks the application's row for the rest of the transaction and answers its state,
	 * so that a replacement or removal and a state change (submission, decision) never
	 * interleave.
	 */
	Mono<String> lockState(UUID applicationId) {
		return this.db.sql("select state from application where id = :a for update")
			.bind("a", applicationId)
			.map((row) -> row.get(0, String.class))
			.one();
	}

	/**
	 * Marks the old document replaced by the new one (both attached to the application).
	 * @return whether the old one was still current
	 */
	Mono<Boolean> markReplaced(UUID applicationId, UUID old, UUID replacement) {
		return this.db
			.sql("update application_document set replaced_by = :n where application_id = :a and document_id = :o "
					+ "and replaced_by is null and removed_at is null")
			.bind("a", applicationId)
			.bind("o", old)
			.bind("n", replacement)
			.fetch()
			.rowsUpdated()
			.flatMap((n) -> this.db
				.sql("update application_document set replaces = :o where application_id = :a and document_id = :n")
				.bind("a", applicationId)
				.bind("o", old)
				.bind("n", replacement)
				.then()
				.thenReturn(n == 1));
	}

	/**
	 * Marks a current document removed from the application.
	 * @return whether it was current
	 */
	Mono<Boolean> markRemoved(UUID applicationId, UUID documentId, Instant at) {
		return this.db
			.sql("update application_document set removed_at = :at where application_id = :a and document_id = :d "
					+ "and replaced_by is null and removed_at is null")
			.bind("a", applicationId)
			.bind("d", documentId)
			.bind("at", at(at))
			.fetch()
			.rowsUpdated()
			.map((n) -> n == 1);
	}

	Mono<Document> findById(UUID id) {
		return this.db.sql("select " + COLUMNS + " from document d where d.id = :id")
			.bind("id", id)
			.map(DocumentRepository::map)
			.one();
	}

	/** The applications a document is attached to. */
	Flux<UUID> applicationsOf(UUID documentId) {
		return this.db.sql("select application_id from application_document where document_id = :d")
			.bind("d", documentId)
			.map((row) -> row.get(0, UUID.class))
			.all();
	}

	private static Document map(Readable row) {
		String fileName = row.get("file_name", String.class);
		return new Document(row.get("id", UUID.class), row.get("owner_subject", String.class),
				DocumentType.valueOf(row.get("document_type", String.class)),
				(fileName == null || fileName.isEmpty()) ? null : fileName, row.get("content_type", String.class),
				row.get("size_bytes", Long.class), row.get("sha256", String.class),
				row.get("storage_key", String.class), row.get("uploaded_by", String.class),
				row.get("uploaded_at", OffsetDateTime.class).toInstant());
	}

	private static Attached attached(Readable row) {
		OffsetDateTime removedAt = row.get("removed_at", OffsetDateTime.class);
		return new Attached(map(row), row.get("replaces", UUID.class), row.get("replaced_by", UUID.class),
				(removedAt != null) ? removedAt.toInstant() : null);
	}

	/**
	 * A document as attached to one application.
	 *
	 * @param document the document
	 * @param replaces the document it replaced there, if any
	 * @param replacedBy the document that replaced it there, if any
	 * @param removedAt when the applicant removed it there, if they did
	 */
	record Attached(Document document, UUID replaces, UUID replacedBy, Instant removedAt) {

		boolean current() {
			return this.replacedBy == null && this.removedAt == null;
		}

	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
