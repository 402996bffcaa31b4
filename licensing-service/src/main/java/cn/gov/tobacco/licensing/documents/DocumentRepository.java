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

	Mono<Void> attach(UUID applicationId, UUID documentId, Instant at) {
		return this.db
			.sql("insert into application_document (application_id, document_id, attached_at) values (:a, :d, :at) "
					+ "on conflict do nothing")
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

	Flux<Document> findVerifiedOf(String owner) {
		return this.db
			.sql("select " + COLUMNS + " from document d where d.owner_subject = :o and d.verified_at is not null "
					+ "order by d.uploaded_at desc limit 200")
			.bind("o", owner)
			.map(DocumentRepository::map)
			.all();
	}

	Flux<Document> findAttachedTo(UUID applicationId) {
		return this.db
			.sql("select " + COLUMNS + " from document d join application_document ad on ad.document_id = d.id "
					+ "where ad.application_id = :a order by d.uploaded_at, d.id")
			.bind("a", applicationId)
			.map(DocumentRepository::map)
			.all();
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

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
