package cn.gov.tobacco.licensing.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/**
 * Issues notices (in the caller's transaction) and reads them back. Sending is the
 * {@link NoticeDispatcher}'s job, after the commit.
 */
@Service
public class Notices {

	static final String COLUMNS = "id, application_id, kind, mobile, text, delivery_status, attempts, last_error, "
			+ "created_at, sent_at";

	private final DatabaseClient db;

	private final Clock clock;

	Notices(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	public Mono<Void> issue(UUID applicationId, UUID licenseId, String kind, String mobile, String text) {
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		var spec = this.db
			.sql("insert into notice (id, application_id, license_id, kind, mobile, text, delivery_status, "
					+ "next_attempt_at, created_at) values (:id, :app, :lic, :kind, :mobile, :text, :status, :at, :at)")
			.bind("id", UUID.randomUUID())
			.bind("kind", kind)
			.bind("text", text)
			.bind("status", (mobile != null) ? "PENDING" : "NO_NUMBER")
			.bind("at", now.atOffset(ZoneOffset.UTC));
		spec = (applicationId != null) ? spec.bind("app", applicationId) : spec.bindNull("app", UUID.class);
		spec = (licenseId != null) ? spec.bind("lic", licenseId) : spec.bindNull("lic", UUID.class);
		spec = (mobile != null) ? spec.bind("mobile", mobile) : spec.bindNull("mobile", String.class);
		return spec.then();
	}

	public Flux<Notice> forApplication(UUID applicationId) {
		return this.db.sql("select " + COLUMNS + " from notice where application_id = :a order by created_at, id")
			.bind("a", applicationId)
			.map(Notices::map)
			.all();
	}

	static Notice map(Readable row) {
		OffsetDateTime sent = row.get("sent_at", OffsetDateTime.class);
		return new Notice(row.get("id", UUID.class), row.get("application_id", UUID.class),
				row.get("kind", String.class), row.get("mobile", String.class), row.get("text", String.class),
				row.get("delivery_status", String.class), row.get("attempts", Integer.class),
				row.get("last_error", String.class), row.get("created_at", OffsetDateTime.class).toInstant(),
				(sent != null) ? sent.toInstant() : null);
	}

}
