package cn.gov.tobacco.licensing.commitments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The commitment templates. Publishing adds version n+1 of a code; the primary key (code,
 * version) makes two concurrent publications of the same version impossible.
 */
@Component
class Templates {

	private static final String COLUMNS = "code, version, title_zh, text_zh, text_en, text_sha256, published_at";

	private final DatabaseClient db;

	private final TransactionalOperator tx;

	private final Clock clock;

	Templates(DatabaseClient db, TransactionalOperator tx, Clock clock) {
		this.db = db;
		this.tx = tx;
		this.clock = clock;
	}

	Flux<CommitmentTemplate> current() {
		return this.db
			.sql("select distinct on (code) " + COLUMNS + " from commitment_template order by code, version desc")
			.map(Templates::template)
			.all();
	}

	/**
	 * Every published version of a template, newest first (empty for an unknown code).
	 */
	Mono<java.util.List<CommitmentTemplate>> versions(String code) {
		return this.db.sql("select " + COLUMNS + " from commitment_template where code = :code order by version desc")
			.bind("code", code)
			.map(Templates::template)
			.all()
			.collectList();
	}

	Mono<CommitmentTemplate> find(String code, int version) {
		return this.db.sql("select " + COLUMNS + " from commitment_template where code = :code and version = :version")
			.bind("code", code)
			.bind("version", version)
			.map(Templates::template)
			.one();
	}

	Mono<CommitmentTemplate> publish(String code, String titleZh, String textZh, String textEn, String by) {
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		return this.db
			.sql("insert into commitment_template (code, version, title_zh, text_zh, text_en, text_sha256, "
					+ "published_by, published_at) select :code, coalesce(max(version), 0) + 1, :title, :zh, :en, "
					+ ":sha, :by, :at from commitment_template where code = :code returning version")
			.bind("code", code)
			.bind("title", titleZh)
			.bind("zh", textZh)
			.bind("en", textEn)
			.bind("sha", sha256(textZh))
			.bind("by", by)
			.bind("at", now.atOffset(java.time.ZoneOffset.UTC))
			.map((row) -> row.get("version", Integer.class))
			.one()
			.flatMap((version) -> find(code, version))
			.as(this.tx::transactional);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static CommitmentTemplate template(Readable row) {
		return new CommitmentTemplate(row.get("code", String.class), row.get("version", Integer.class),
				row.get("title_zh", String.class), row.get("text_zh", String.class), row.get("text_en", String.class),
				row.get("text_sha256", String.class), row.get("published_at", OffsetDateTime.class).toInstant());
	}

}
