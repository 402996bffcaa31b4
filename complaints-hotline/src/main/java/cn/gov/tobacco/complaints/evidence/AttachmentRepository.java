package cn.gov.tobacco.complaints.evidence;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.calendar.BureauClock;

/**
 * Attachment rows. A row is written only after its object is in storage, in the same
 * transaction as the case, so no row ever points at a missing object.
 */
@Component
public class AttachmentRepository {

	private final DatabaseClient db;

	private final BureauClock clock;

	AttachmentRepository(DatabaseClient db, BureauClock clock) {
		this.db = db;
		this.clock = clock;
	}

	public Mono<UUID> insert(UUID caseId, StoredEvidence evidence, String uploadedBy) {
		UUID id = UUID.randomUUID();
		return this.db.sql("""
				INSERT INTO attachments (id, case_id, object_key, redacted_key, content_type, size_bytes, sha256,
				  uploaded_by, uploaded_at)
				VALUES (:id, :case, :key, :redacted, :type, :size, :sha, :by, :at)""")
			.bind("id", id)
			.bind("case", caseId)
			.bind("key", evidence.objectKey())
			.bind("redacted", evidence.redactedKey())
			.bind("type", evidence.contentType())
			.bind("size", evidence.size())
			.bind("sha", evidence.sha256())
			.bind("by", uploadedBy)
			.bind("at", this.clock.now())
			.then()
			.thenReturn(id);
	}

	/** What staff may know about a case's files (never the original's key). */
	public record Info(UUID id, String contentType, long size, String sha256) {
	}

	public Flux<Info> forCase(UUID caseId) {
		return this.db.sql(
				"SELECT id, content_type, size_bytes, sha256 FROM attachments WHERE case_id = :id ORDER BY uploaded_at")
			.bind("id", caseId)
			.map((row, meta) -> new Info(row.get("id", UUID.class), row.get("content_type", String.class),
					row.get("size_bytes", Long.class), row.get("sha256", String.class)))
			.all();
	}

	/** The keys among these that an attachment row refers to (original or staff copy). */
	Flux<String> referencedAmong(List<String> keys) {
		return this.db
			.sql("SELECT object_key FROM attachments WHERE object_key = ANY(:keys) "
					+ "UNION SELECT redacted_key FROM attachments WHERE redacted_key = ANY(:keys)")
			.bind("keys", keys.toArray(String[]::new))
			.map((row) -> row.get(0, String.class))
			.all();
	}

	/** The copy staff see of one attachment of the case. */
	record Redacted(String key, String contentType) {
	}

	Mono<Redacted> redactedOf(UUID caseId, UUID attachmentId) {
		return this.db.sql("SELECT redacted_key, content_type FROM attachments WHERE id = :id AND case_id = :case")
			.bind("id", attachmentId)
			.bind("case", caseId)
			.map((row, meta) -> new Redacted(row.get("redacted_key", String.class),
					row.get("content_type", String.class)))
			.one();
	}

}
