package cn.gov.tobacco.licensing.reference;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.KeysetScan;
import cn.gov.tobacco.platform.paging.KeysetScan.Key;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * Schools and kindergartens: added and removed by ADMIN, listed to ADMIN, CLERK and
 * SUPERVISOR within their subtree. A removal is soft (the row keeps who, when, why) and
 * each change is an entry in the place's audit chain plus an outbox event.
 */
@Service
class SensitivePlaces {

	static final String AGGREGATE = "sensitive_place";

	private final DatabaseClient db;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	private final BureauClock time;

	SensitivePlaces(DatabaseClient db, RecordKeeper recordKeeper, TransactionalOperator tx, BureauClock time) {
		this.db = db;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
		this.time = time;
	}

	Mono<SensitivePlace> add(String kind, String name, String division, double lat, double lon, String by) {
		SensitivePlace place = new SensitivePlace(UUID.randomUUID(), kind, name, division, lat, lon, by,
				this.time.now(), null, null, null);
		return this.db
			.sql("insert into sensitive_place (id, kind, name, division, latitude, longitude, created_by, "
					+ "created_at) values (:id, :kind, :name, :division, :lat, :lon, :by, :at)")
			.bind("id", place.id())
			.bind("kind", kind)
			.bind("name", name)
			.bind("division", division)
			.bind("lat", lat)
			.bind("lon", lon)
			.bind("by", by)
			.bind("at", place.createdAt().atOffset(ZoneOffset.UTC))
			.then()
			.then(record(place, "ADDED", by, "SensitivePlaceAdded"))
			.thenReturn(place)
			.as(this.tx::transactional);
	}

	Mono<Page<SensitivePlace>> page(Caller caller, String divisionPrefix, String kind, boolean includeRemoved,
			int limit, KeysetCursor after) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("subtree", subtree(caller));
		StringBuilder from = new StringBuilder(" from sensitive_place where division like :subtree");
		if (divisionPrefix != null && !divisionPrefix.isEmpty()) {
			from.append(" and division like :prefix");
			params.put("prefix", divisionPrefix + "%");
		}
		if (kind != null) {
			from.append(" and kind = :kind");
			params.put("kind", kind);
		}
		if (!includeRemoved) {
			from.append(" and removed_at is null");
		}
		return KeysetScan.Query
			.descending(SensitivePlace.COLUMNS, from.toString(), params, "id", Key.instant("created_at"))
			.read(this.db, after, limit, SensitivePlace::of,
					(place) -> KeysetCursor.after(place.createdAt(), place.id()));
	}

	Mono<SensitivePlace> remove(Caller caller, UUID id, String reason) {
		if (!caller.has(Role.ADMIN)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有系统管理员可以移除学校/幼儿园", "Only an administrator removes a school or kindergarten")));
		}
		Instant at = this.time.now();
		return this.db.sql("select " + SensitivePlace.COLUMNS + " from sensitive_place where id = :id for update")
			.bind("id", id)
			.map(SensitivePlace::of)
			.one()
			.filter((p) -> caller.jurisdiction() == null || caller.covers(p.division()))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("学校/幼儿园不存在", "No such school or kindergarten")))
			.flatMap((p) -> {
				if (p.removed()) {
					return Mono.error(new ApiException(ProblemKind.CONFLICT,
							Text.of("该学校/幼儿园已移除", "The place is already removed")));
				}
				SensitivePlace removed = new SensitivePlace(p.id(), p.kind(), p.name(), p.division(), p.latitude(),
						p.longitude(), p.createdBy(), p.createdAt(), at, caller.subject(), reason);
				return this.db
					.sql("update sensitive_place set removed_at = :at, removed_by = :by, removal_reason = :reason "
							+ "where id = :id and removed_at is null")
					.bind("at", at.atOffset(ZoneOffset.UTC))
					.bind("by", caller.subject())
					.bind("reason", reason)
					.bind("id", id)
					.then()
					.then(record(removed, "REMOVED", caller.subject(), "SensitivePlaceRemoved"))
					.thenReturn(removed);
			})
			.as(this.tx::transactional);
	}

	/** The caller's subtree as a LIKE pattern; only ADMIN, CLERK and SUPERVISOR list. */
	private static String subtree(Caller caller) {
		if (Access.holds(caller, EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.ADMIN))) {
			return Access.subtree(caller);
		}
		if (caller.has(Role.ADMIN)) {
			return "%";
		}
		throw new ApiException(ProblemKind.FORBIDDEN, Text.of("只有管理、受理和督办人员可以查看学校/幼儿园",
				"Only administrators, clerks and supervisors see schools and kindergartens"));
	}

	private Mono<Void> record(SensitivePlace p, String action, String actor, String eventType) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("kind", p.kind());
		detail.put("name", p.name());
		detail.put("division", p.division());
		detail.put("latitude", p.latitude());
		detail.put("longitude", p.longitude());
		if (p.removed()) {
			detail.put("reason", p.removalReason());
		}
		Map<String, Object> event = new LinkedHashMap<>(detail);
		event.put("placeId", p.id().toString());
		event.put("actor", actor);
		return this.recordKeeper.record(AGGREGATE, p.id(), action, actor, detail, eventType, event);
	}

}
