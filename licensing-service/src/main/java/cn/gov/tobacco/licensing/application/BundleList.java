package cn.gov.tobacco.licensing.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;

/**
 * The retailer's own bundles, newest first: a bundle is the set of applications sharing a
 * {@code bundle_id}, filed at the creation time of its first item. Keyset-paged on (filed
 * at desc, bundle id desc) with the true total.
 */
@Component
class BundleList {

	private static final String GROUPED = "select bundle_id, min(created_at) as filed_at from application "
			+ "where applicant_subject = :me and bundle_id is not null group by bundle_id";

	private final DatabaseClient db;

	BundleList(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * A bundle's id and filing time.
	 *
	 * @param id the bundle id
	 * @param filedAt when its first item was created
	 */
	record Filed(UUID id, Instant filedAt) {
	}

	record Page(List<Filed> items, long total, int limit, String nextCursor) {
	}

	Mono<Page> page(String subject, int limit, KeysetCursor after) {
		var spec = this.db
			.sql("select * from (" + GROUPED + ") b"
					+ ((after != null) ? " where (b.filed_at, b.bundle_id) < (:afterAt, :afterId)" : "")
					+ " order by b.filed_at desc, b.bundle_id desc limit :limit")
			.bind("me", subject)
			.bind("limit", limit + 1);
		if (after != null) {
			spec = spec.bind("afterAt", instant(after).atOffset(ZoneOffset.UTC)).bind("afterId", after.id());
		}
		Mono<List<Filed>> rows = spec
			.map((row) -> new Filed(row.get("bundle_id", UUID.class),
					row.get("filed_at", OffsetDateTime.class).toInstant()))
			.all()
			.collectList();
		Mono<Long> total = this.db
			.sql("select count(distinct bundle_id) from application "
					+ "where applicant_subject = :me and bundle_id is not null")
			.bind("me", subject)
			.map((row) -> row.get(0, Long.class))
			.one();
		return Mono.zip(rows, total).map((t) -> {
			List<Filed> items = t.getT1();
			boolean more = items.size() > limit;
			List<Filed> shown = more ? items.subList(0, limit) : items;
			String next = null;
			if (more) {
				Filed last = shown.get(limit - 1);
				next = KeysetCursor.after(last.filedAt(), last.id()).encode();
			}
			return new Page(shown, t.getT2(), limit, next);
		});
	}

	private static Instant instant(KeysetCursor cursor) {
		try {
			return cursor.instant();
		}
		catch (RuntimeException ex) {
			throw ApiException.validation(List.of(FieldProblem.of("cursor", "分页游标无效", "not a cursor of this list")));
		}
	}

}
