package cn.gov.tobacco.licensing.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.audit.RecordKeeper;

/**
 * A district's supervision settings (ADMIN): the share of its active licenses drawn each
 * month for random checks, and its roster of inspectors. A district never set has the
 * defaults.
 */
@Component
class SupervisionSettings {

	static final String AGGREGATE = "supervision_setting";

	/** The share of random checks of a district never set. */
	static final double DEFAULT_SHARE = 0.05;

	/** Working days to rectify a violation in a district never set. */
	static final int DEFAULT_RECTIFICATION_DAYS = 15;

	private final DatabaseClient db;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	private final Clock clock;

	SupervisionSettings(DatabaseClient db, RecordKeeper recordKeeper, TransactionalOperator tx, Clock clock) {
		this.db = db;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
		this.clock = clock;
	}

	/** The settings of a district; the defaults when never set. */
	record Settings(String jurisdiction, double randomShare, List<String> inspectors, int rectificationDays,
			String updatedBy, Instant updatedAt) {
	}

	Mono<Settings> of(String jurisdiction) {
		return this.db
			.sql("select random_share, inspectors, rectification_days, updated_by, updated_at from supervision_setting "
					+ "where jurisdiction = :j")
			.bind("j", jurisdiction)
			.map((row) -> new Settings(jurisdiction, row.get("random_share", BigDecimal.class).doubleValue(),
					Arrays.asList(row.get("inspectors", String[].class)), row.get("rectification_days", Integer.class),
					row.get("updated_by", String.class),
					row.get("updated_at", java.time.OffsetDateTime.class).toInstant()))
			.one()
			.defaultIfEmpty(
					new Settings(jurisdiction, DEFAULT_SHARE, List.of(), DEFAULT_RECTIFICATION_DAYS, null, null));
	}

	/**
	 * Saves the settings; {@code rectificationDays} null keeps the district's current.
	 */
	Mono<Settings> put(String jurisdiction, double share, List<String> inspectors, Integer rectificationDays,
			String by) {
		return of(jurisdiction).flatMap((current) -> save(jurisdiction, share, inspectors,
				(rectificationDays != null) ? rectificationDays : current.rectificationDays(), by));
	}

	private Mono<Settings> save(String jurisdiction, double share, List<String> inspectors, int rectificationDays,
			String by) {
		Instant at = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		BigDecimal rounded = BigDecimal.valueOf(share).setScale(3, RoundingMode.HALF_UP);
		List<String> roster = inspectors.stream().map(String::strip).distinct().toList();
		Settings settings = new Settings(jurisdiction, rounded.doubleValue(), roster, rectificationDays, by, at);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("jurisdiction", jurisdiction);
		detail.put("randomShare", settings.randomShare());
		detail.put("inspectors", roster);
		detail.put("rectificationDays", rectificationDays);
		return this.db
			.sql("insert into supervision_setting (jurisdiction, random_share, inspectors, rectification_days, "
					+ "updated_by, updated_at) values (:j, :share, :inspectors, :days, :by, :at) "
					+ "on conflict (jurisdiction) do update set random_share = excluded.random_share, "
					+ "inspectors = excluded.inspectors, rectification_days = excluded.rectification_days, "
					+ "updated_by = excluded.updated_by, updated_at = excluded.updated_at")
			.bind("j", jurisdiction)
			.bind("share", rounded)
			.bind("inspectors", roster.toArray(String[]::new))
			.bind("days", rectificationDays)
			.bind("by", by)
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.then()
			.then(this.recordKeeper.record(AGGREGATE, aggregateId(jurisdiction), "CHANGED", by, detail,
					"SupervisionSettingsChanged", detail))
			.thenReturn(settings)
			.as(this.tx::transactional);
	}

	/** One audit chain per district (a name-based UUID of its code). */
	static UUID aggregateId(String jurisdiction) {
		return UUID.nameUUIDFromBytes(("supervision_setting:" + jurisdiction).getBytes(StandardCharsets.UTF_8));
	}

}
