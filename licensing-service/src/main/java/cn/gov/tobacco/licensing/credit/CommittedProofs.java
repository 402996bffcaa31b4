package cn.gov.tobacco.licensing.credit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.materials.DocumentType;

/**
 * The fast path: the documents an application's signed commitments stand in for (a
 * template's code names the document type it replaces, e.g. {@code PREMISES_PROOF}).
 */
@Component
public class CommittedProofs {

	private final DatabaseClient db;

	CommittedProofs(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * Whether the application carries a signed (not withdrawn) commitment: it is then on
	 * the fast path and gets the jurisdiction's committed promise.
	 */
	public Mono<Boolean> anySigned(UUID applicationId) {
		return this.db
			.sql("select exists (select 1 from commitment where application_id = :app and status = 'SIGNED') as s")
			.bind("app", applicationId)
			.map((row) -> Boolean.TRUE.equals(row.get("s", Boolean.class)))
			.one();
	}

	/** The document types committed to instead of proven. */
	public Mono<Set<DocumentType>> of(UUID applicationId) {
		return this.db.sql("select template_code from commitment where application_id = :app and status = 'SIGNED'")
			.bind("app", applicationId)
			.map((row) -> row.get("template_code", String.class))
			.all()
			.filter((code) -> Arrays.stream(DocumentType.values()).anyMatch((t) -> t.name().equals(code)))
			.map(DocumentType::valueOf)
			.collect(() -> EnumSet.noneOf(DocumentType.class), Set::add);
	}

}
