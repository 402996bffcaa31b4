package cn.gov.tobacco.complaints.dispatch;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 point 3: one run of the deadline watch escalates every overdue case, not the
 * first 500. The scheduled run is pushed out of the way so the test sees one run only.
 */
@TestPropertySource(properties = "complaints.jobs.watch-interval=1h")
class DeadlineWatchEveryRowIntegrationTests extends IntegrationTestSupport {

	static final int CASES = 520;

	@Autowired
	DatabaseClient db;

	@Autowired
	DeadlineWatch watch;

	@Test
	void oneRunEscalatesEveryOverdueCaseHoweverManyThereAre() {
		FiledBody filed = file(Reports.counterfeit("330106"), null, null, Map.of()).expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		String prefix = "T" + UUID.randomUUID().toString().substring(0, 8);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		// cloned by SQL, for speed: dispatched ten days ago, due yesterday
		assertThat(this.db.sql("""
				INSERT INTO cases SELECT (jsonb_populate_record(null::cases, to_jsonb(c) || jsonb_build_object(
				  'id', gen_random_uuid(), 'case_number', :p || lpad(g::text, 4, '0'), 'tracking_code_hash', null,
				  'external_ref', null, 'state', 'DISPATCHED', 'escalation_level', 0,
				  'dispatched_at', :dispatched, 'answer_due_at', :due))).*
				FROM cases c, generate_series(1, :n) g WHERE c.case_number = :number""")
			.bind("p", prefix)
			.bind("dispatched", now.minus(10, ChronoUnit.DAYS))
			.bind("due", now.minus(1, ChronoUnit.DAYS))
			.bind("n", CASES)
			.bind("number", filed.caseNumber())
			.fetch()
			.rowsUpdated()
			.block()).isEqualTo(CASES);
		this.watch.run(now).block();
		assertThat(this.db.sql("SELECT count(*) FROM cases WHERE case_number LIKE :p AND escalation_level >= 1")
			.bind("p", prefix + "%")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block()).isEqualTo(CASES);
	}

}
