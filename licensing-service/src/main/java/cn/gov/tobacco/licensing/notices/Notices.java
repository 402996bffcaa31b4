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

import cn.gov.tobacco.platform.problem.Text;

/**
 * Issues notices (in the caller's transaction) and reads them back. Sending is the
 * {@link NoticeDispatcher}'s job, after the commit.
 */
@Service
public class Notices {

	static final String COLUMNS = "id, application_id, kind, mobile, text, text_en, delivery_status, attempts, last_error, "
			+ "created_at, sent_at";

	private final DatabaseClient db;

	private final Clock clock;

	Notices(DatabaseClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	/** A notice whose text exists only in Chinese (every reader sees the Chinese). */
	public Mono<Void> issue(UUID applicationId, UUID licenseId, String kind, String mobile, String text) {
		return issue(applicationId, licenseId, kind, mobile, Text.of(text, null));
	}

	/**
	 * A notice: the Chinese is what the SMS says; the English is shown to a reader who
	 * asks for English.
	 */
	public Mono<Void> issue(UUID applicationId, UUID licenseId, String kind, String mobile, Text text) {
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		var spec = this.db
			.sql("insert into notice (id, application_id, license_id, kind, mobile, text, text_en, delivery_status, "
					+ "next_attempt_at, created_at) values (:id, :app, :lic, :kind, :mobile, :text, :en, :status, :at, :at)")
			.bind("id", UUID.randomUUID())
			.bind("kind", kind)
			.bind("text", text.zh())
			.bind("status", (mobile != null) ? "PENDING" : "NO_NUMBER")
			.bind("at", now.atOffset(ZoneOffset.UTC));
		spec = (applicationId != null) ? spec.bind("app", applicationId) : spec.bindNull("app", UUID.class);
		spec = (licenseId != null) ? spec.bind("lic", licenseId) : spec.bindNull("lic", UUID.class);
		spec = (text.en() != null) ? spec.bind("en", text.en()) : spec.bindNull("en", String.class);
		spec = (mobile != null) ? spec.bind("mobile", mobile) : spec.bindNull("mobile", String.class);
		return spec.then();
	}

	public Flux<Notice> forApplication(UUID applicationId) {
		return this.db.sql("select " + COLUMNS + " from notice where application_id = :a order by created_at, id")
			.bind("a", applicationId)
			.map(Notices::map)
			.all();
	}

	/** Rows from before the English was kept are shown in Chinese to every reader. */
	private static String en(String zh, String en) {
		return (en != null) ? en : zh;
	}

	static Notice map(Readable row) {
		OffsetDateTime sent = row.get("sent_at", OffsetDateTime.class);
		return new Notice(row.get("id", UUID.class), row.get("application_id", UUID.class),
				row.get("kind", String.class), row.get("mobile", String.class),
				Text.of(row.get("text", String.class),
						en(row.get("text", String.class), row.get("text_en", String.class))),
				row.get("delivery_status", String.class), row.get("attempts", Integer.class),
				row.get("last_error", String.class), row.get("created_at", OffsetDateTime.class).toInstant(),
				(sent != null) ? sent.toInstant() : null);
	}

}
