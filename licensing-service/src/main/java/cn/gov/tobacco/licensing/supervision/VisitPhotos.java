package cn.gov.tobacco.licensing.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.platform.media.MetadataStripping;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.storage.ObjectStore;
import cn.gov.tobacco.platform.storage.StoredObject;
import cn.gov.tobacco.platform.storage.UploadRules;

/**
 * A visit's photos and the operator's signature: streamed to object storage, typed by
 * their bytes (JPEG or PNG; a signature PNG), at most 10 MB, and kept only as the copy
 * without metadata ({@link MetadataStripping}); the upload itself is removed. At most 20
 * photos and one signature per visit, added while it is PLANNED.
 */
@Component
class VisitPhotos {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final int MAX_PHOTOS = 20;

	private final ObjectStore objects;

	private final VisitStore visits;

	private final DatabaseClient db;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	private final Clock clock;

	VisitPhotos(ObjectStore objects, VisitStore visits, DatabaseClient db, RecordKeeper recordKeeper,
			TransactionalOperator tx, Clock clock) {
		this.objects = objects;
		this.visits = visits;
		this.db = db;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
		this.clock = clock;
	}

	record Photo(UUID id, UUID visitId, String kind, String objectKey, String contentType, long size, String sha256,
			Instant uploadedAt, String uploadedBy) {
	}

	static String kind(String text) {
		if (!"PHOTO".equals(text) && !"SIGNATURE".equals(text)) {
			throw ApiException
				.validation(List.of(FieldProblem.of("kind", "须为 PHOTO 或 SIGNATURE", "must be PHOTO or SIGNATURE")));
		}
		return text;
	}

	Mono<Photo> upload(Caller caller, UUID visitId, String kind, Flux<DataBuffer> content) {
		// the row is written in a transaction after the object; a failure removes the
		// object
		return this.visits.assignedTo(caller, visitId).flatMap((v) -> {
			if (!v.planned()) {
				return Mono.<Photo>error(new ApiException(ProblemKind.CONFLICT,
						Text.of("该检查已记录，不能再添加照片", "The visit is recorded; no more photos can be added")));
			}
			return count(visitId, kind).flatMap((n) -> {
				int max = "SIGNATURE".equals(kind) ? 1 : MAX_PHOTOS;
				if (n >= max) {
					return Mono.<Photo>error(ApiException.businessRule(
							"SIGNATURE".equals(kind) ? "本次检查已有签名" : "每次检查最多 " + MAX_PHOTOS + " 张照片",
							"SIGNATURE".equals(kind) ? "The visit already has a signature"
									: "A visit holds at most " + MAX_PHOTOS + " photos"));
				}
				Set<String> types = "SIGNATURE".equals(kind) ? Set.of("image/png") : Set.of("image/jpeg", "image/png");
				return this.objects.put(content, new UploadRules(types, MAX_BYTES))
					.flatMap((original) -> MetadataStripping.copy(this.objects, original)
						.flatMap((copy) -> this.objects.remove(original.key()).thenReturn(copy)))
					.flatMap((copy) -> save(caller, visitId, kind, copy)
						.onErrorResume((ex) -> this.objects.remove(copy.key()).then(Mono.error(ex))));
			});
		});
	}

	private Mono<Long> count(UUID visitId, String kind) {
		return this.db.sql("select count(*) from visit_photo where visit_id = :v and kind = :k")
			.bind("v", visitId)
			.bind("k", kind)
			.map((row) -> row.get(0, Long.class))
			.one();
	}

	private Mono<Photo> save(Caller caller, UUID visitId, String kind, StoredObject copy) {
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		Photo p = new Photo(UUID.randomUUID(), visitId, kind, copy.key(), copy.contentType(), copy.size(),
				copy.sha256(), now, caller.subject());
		java.util.Map<String, Object> detail = new java.util.LinkedHashMap<>();
		detail.put("visitId", visitId.toString());
		detail.put("photoId", p.id().toString());
		detail.put("kind", kind);
		detail.put("sha256", p.sha256());
		detail.put("size", p.size());
		return this.db
			.sql("insert into visit_photo (id, visit_id, kind, object_key, content_type, size, sha256, uploaded_by, "
					+ "uploaded_at) values (:id, :v, :kind, :key, :type, :size, :sha, :by, :at)")
			.bind("id", p.id())
			.bind("v", visitId)
			.bind("kind", kind)
			.bind("key", p.objectKey())
			.bind("type", p.contentType())
			.bind("size", p.size())
			.bind("sha", p.sha256())
			.bind("by", p.uploadedBy())
			.bind("at", now.atOffset(ZoneOffset.UTC))
			.then()
			.then(this.recordKeeper.record(VisitStore.AGGREGATE, visitId, "PHOTO_ADDED", caller.subject(), detail,
					"InspectionPhotoAdded", detail))
			.thenReturn(p)
			.as(this.tx::transactional);
	}

	Mono<List<Photo>> of(UUID visitId) {
		return this.db
			.sql("select id, visit_id, kind, object_key, content_type, size, sha256, uploaded_at, uploaded_by "
					+ "from visit_photo where visit_id = :v order by uploaded_at, id")
			.bind("v", visitId)
			.map(VisitPhotos::row)
			.all()
			.collectList();
	}

	/** The photo and its bytes, for a caller who may see the visit. */
	Mono<reactor.util.function.Tuple2<Photo, Flux<DataBuffer>>> open(Caller caller, UUID visitId, UUID photoId,
			DataBufferFactory buffers) {
		return this.visits.readable(caller, visitId, false)
			.then(this.db
				.sql("select id, visit_id, kind, object_key, content_type, size, sha256, uploaded_at, uploaded_by "
						+ "from visit_photo where id = :id and visit_id = :v")
				.bind("id", photoId)
				.bind("v", visitId)
				.map(VisitPhotos::row)
				.one())
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("照片不存在", "No such photo")))
			.map((p) -> reactor.util.function.Tuples.of(p, this.objects.read(p.objectKey(), buffers)));
	}

	private static Photo row(Readable row) {
		return new Photo(row.get("id", UUID.class), row.get("visit_id", UUID.class), row.get("kind", String.class),
				row.get("object_key", String.class), row.get("content_type", String.class), row.get("size", Long.class),
				row.get("sha256", String.class), row.get("uploaded_at", OffsetDateTime.class).toInstant(),
				row.get("uploaded_by", String.class));
	}

}
