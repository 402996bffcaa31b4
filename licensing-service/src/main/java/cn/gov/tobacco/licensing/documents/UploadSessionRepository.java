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

import cn.gov.tobacco.licensing.materials.DocumentType;

/** Upload sessions and the parts S3 has acknowledged. */
@Repository
class UploadSessionRepository {

	private static final String COLUMNS = "id, application_id, owner_subject, document_type, file_name, declared_type, "
			+ "declared_size, part_size, replaces, storage_key, s3_upload_id, state, document_id, created_at, expires_at";

	private final DatabaseClient db;

	UploadSessionRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> insert(UploadSession s) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("insert into upload_session (" + COLUMNS + ", part_count) values (:id, :application, :owner, :type, "
					+ ":fileName, :declaredType, :size, :partSize, :replaces, :key, :uploadId, :state, null, "
					+ ":createdAt, :expiresAt, :partCount)")
			.bind("id", s.id())
			.bind("application", s.applicationId())
			.bind("owner", s.ownerSubject())
			.bind("type", s.type().name())
			.bind("fileName", s.fileName())
			.bind("size", s.size())
			.bind("partSize", s.partSize())
			.bind("key", s.storageKey())
			.bind("uploadId", s.s3UploadId())
			.bind("state", s.state().name())
			.bind("createdAt", at(s.createdAt()))
			.bind("expiresAt", at(s.expiresAt()))
			.bind("partCount", s.partCount());
		spec = (s.declaredType() != null) ? spec.bind("declaredType", s.declaredType())
				: spec.bindNull("declaredType", String.class);
		spec = (s.replaces() != null) ? spec.bind("replaces", s.replaces()) : spec.bindNull("replaces", UUID.class);
		return spec.then();
	}

	/** The session of the application, if there is one. */
	Mono<UploadSession> find(UUID applicationId, UUID id) {
		return this.db.sql("select " + COLUMNS + " from upload_session where id = :id and application_id = :a")
			.bind("id", id)
			.bind("a", applicationId)
			.map(UploadSessionRepository::map)
			.one();
	}

	/** The session, locked for the rest of the transaction. */
	Mono<UploadSession> lock(UUID id) {
		return this.db.sql("select " + COLUMNS + " from upload_session where id = :id for update")
			.bind("id", id)
			.map(UploadSessionRepository::map)
			.one();
	}

	/** The parts S3 has acknowledged, by number. */
	Flux<StoredPart> parts(UUID sessionId) {
		return this.db
			.sql("select part_number, size_bytes, etag from upload_part where session_id = :s order by part_number")
			.bind("s", sessionId)
			.map((row) -> new StoredPart(row.get("part_number", Integer.class), row.get("size_bytes", Long.class),
					row.get("etag", String.class)))
			.all();
	}

	/** Records a part; one sent again replaces the earlier record. */
	Mono<Void> savePart(UUID sessionId, int number, long size, String etag, Instant at) {
		return this.db
			.sql("insert into upload_part (session_id, part_number, size_bytes, etag, uploaded_at) "
					+ "values (:s, :n, :size, :etag, :at) on conflict (session_id, part_number) do update set "
					+ "size_bytes = excluded.size_bytes, etag = excluded.etag, uploaded_at = excluded.uploaded_at")
			.bind("s", sessionId)
			.bind("n", number)
			.bind("size", size)
			.bind("etag", etag)
			.bind("at", at(at))
			.then();
	}

	/** Ends an open session; answers whether it was open. */
	Mono<Boolean> end(UUID id, UploadSession.State state, UUID documentId, Instant at) {
		DatabaseClient.GenericExecuteSpec spec = this.db
			.sql("update upload_session set state = :state, document_id = :document, ended_at = :at "
					+ "where id = :id and state = 'OPEN'")
			.bind("id", id)
			.bind("state", state.name())
			.bind("at", at(at));
		spec = (documentId != null) ? spec.bind("document", documentId) : spec.bindNull("document", UUID.class);
		return spec.fetch().rowsUpdated().map((n) -> n == 1);
	}

	/** Open sessions whose time ran out before {@code now}, oldest first. */
	Flux<UploadSession> expired(Instant now, int limit) {
		return this.db
			.sql("select " + COLUMNS + " from upload_session where state = 'OPEN' and expires_at <= :now "
					+ "order by expires_at limit :limit")
			.bind("now", at(now))
			.bind("limit", limit)
			.map(UploadSessionRepository::map)
			.all();
	}

	/** Of the given S3 upload ids, those of sessions still open. */
	Flux<String> openAmong(String[] uploadIds) {
		return this.db.sql("select s3_upload_id from upload_session where state = 'OPEN' and s3_upload_id = any(:ids)")
			.bind("ids", uploadIds)
			.map((row) -> row.get(0, String.class))
			.all();
	}

	private static UploadSession map(Readable row) {
		String declared = row.get("declared_type", String.class);
		return new UploadSession(row.get("id", UUID.class), row.get("application_id", UUID.class),
				row.get("owner_subject", String.class), DocumentType.valueOf(row.get("document_type", String.class)),
				row.get("file_name", String.class), (declared == null || declared.isEmpty()) ? null : declared,
				row.get("declared_size", Long.class), row.get("part_size", Long.class), row.get("replaces", UUID.class),
				row.get("storage_key", String.class), row.get("s3_upload_id", String.class),
				UploadSession.State.valueOf(row.get("state", String.class)), row.get("document_id", UUID.class),
				row.get("created_at", OffsetDateTime.class).toInstant(),
				row.get("expires_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * A part S3 has acknowledged.
	 *
	 * @param number the part number
	 * @param size its bytes
	 * @param etag S3's ETag
	 */
	record StoredPart(int number, long size, String etag) {
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
