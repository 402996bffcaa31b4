package cn.gov.tobacco.licensing.commitments;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.application.CommittedProofs;
import cn.gov.tobacco.licensing.materials.DocumentType;

/**
 * The fast path: the documents an application's signed commitments stand in for (a
 * template's code names the document type it replaces, e.g. {@code PREMISES_PROOF}). The
 * applications' port {@link CommittedProofs}, read from the commitments.
 */
@Component
class SignedCommitments implements CommittedProofs {

	private final DatabaseClient db;

	SignedCommitments(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<Boolean> anySigned(UUID applicationId) {
		return this.db
			.sql("select exists (select 1 from commitment where application_id = :app and status = 'SIGNED') as s")
			.bind("app", applicationId)
			.map((row) -> Boolean.TRUE.equals(row.get("s", Boolean.class)))
			.one();
	}

	@Override
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
