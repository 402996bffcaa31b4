package cn.gov.tobacco.licensing.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.KeysetScan;
import cn.gov.tobacco.platform.paging.KeysetScan.Key;
import cn.gov.tobacco.platform.paging.Page;

/**
 * The retailer's own bundles, newest first: a bundle is the set of applications sharing a
 * {@code bundle_id}, filed at the creation time of its first item. Keyset-paged on (filed
 * at desc, bundle id desc) with the true total.
 */
@Component
class BundleQueries {

	private static final String GROUPED = "select bundle_id, min(created_at) as filed_at from application "
			+ "where applicant_subject = :me and bundle_id is not null group by bundle_id";

	private final DatabaseClient db;

	BundleQueries(DatabaseClient db) {
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

	Mono<Page<Filed>> page(String subject, int limit, KeysetCursor after) {
		return KeysetScan.Query
			.descending("b.bundle_id, b.filed_at", " from (" + GROUPED + ") b where true", Map.of("me", subject),
					"b.bundle_id", Key.instant("b.filed_at"))
			.read(this.db, after, limit,
					(row) -> new Filed(row.get("bundle_id", UUID.class),
							row.get("filed_at", OffsetDateTime.class).toInstant()),
					(filed) -> KeysetCursor.after(filed.filedAt(), filed.id()));
	}

}
