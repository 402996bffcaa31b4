package cn.gov.tobacco.complaints.cases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;
import cn.gov.tobacco.platform.security.Jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the case list's true total from the counters of V16. While concurrent
 * transactions file cases, move them between states, kinds, divisions and districts (one
 * by one and in bulk), delete them or roll back, and the compaction runs, the total of
 * every filter the counters answer equals {@code count(*)} over the cases, each pair read
 * in one snapshot; and again once all have committed, before and after a last compaction.
 */
@TestPropertySource(properties = "complaints.jobs.case-count-compaction-interval=1h")
class CaseCountsIntegrationTests extends IntegrationTestSupport {

	static final String[] DIVISIONS = { "990101001", "990101002", "990102001", "990201001" };

	static final int WRITERS = 6;

	static final int ROUNDS = 25;

	@Autowired
	DatabaseClient db;

	@Autowired
	CaseQueries queries;

	@Autowired
	CaseCountCompaction compaction;

	@Autowired
	ReactiveTransactionManager transactions;

	@Test
	void everyCountedTotalEqualsTheCountOfTheRowsUnderConcurrentWrites() {
		FiledBody filed = file(Reports.counterfeit("330106"), null, null, Map.of()).expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		List<CaseFilter> filters = filters();
		assertThat(filters).allSatisfy((f) -> assertThat(f.counted()).isNotNull());

		TransactionalOperator write = TransactionalOperator.create(this.transactions);
		AtomicInteger committed = new AtomicInteger();
		// a transaction that fails (a deadlock between two bulk moves, a case the
		// deadline
		// watch gave an event before it was deleted) is rolled back like the deliberate
		// ones
		Flux<Object> writers = Flux.range(0, WRITERS)
			.flatMap((w) -> Flux.range(0, ROUNDS)
				.concatMap((round) -> oneWrite(filed.caseNumber(), write).doOnNext((n) -> committed.incrementAndGet())
					.onErrorResume((ex) -> Mono.empty())), WRITERS);
		Flux<Object> compactions = Flux.range(0, ROUNDS)
			.concatMap((i) -> this.compaction.compact().delayElement(Duration.ofMillis(40)))
			.cast(Object.class);
		Flux<Object> checks = Flux.range(0, 8)
			.concatMap((i) -> checkAll(filters).delayElement(Duration.ofMillis(100)))
			.cast(Object.class);
		Flux.merge(writers, compactions, checks).blockLast(Duration.ofMinutes(3));

		assertThat(committed.get()).isGreaterThan(WRITERS * ROUNDS / 2);
		checkAll(filters).block();
		this.compaction.compact().block();
		assertThat(this.db.sql("SELECT count(*) FROM case_count_deltas")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block()).isZero();
		checkAll(filters).block();
		// the test's own cases are there to be counted
		assertThat(this.queries.count(CaseFilter.within("99%")).block()).isPositive();
	}

	/**
	 * The filters the lists use that the counters answer, over the test's codes and all.
	 */
	private static List<CaseFilter> filters() {
		List<CaseFilter> filters = new ArrayList<>();
		List<CaseFilter> scopes = List.of(CaseFilter.within("%"), CaseFilter.within("99%"),
				CaseFilter.within(new Jurisdiction("990100")), CaseFilter.within(new Jurisdiction("990101001")),
				CaseFilter.within(new Jurisdiction("990200")), CaseFilter.inDistrictsOf(new Jurisdiction("990100")),
				CaseFilter.inDistrictsOf(new Jurisdiction("990102")));
		for (CaseFilter scope : scopes) {
			filters.add(scope);
			filters.add(scope.closed(false));
			filters.add(scope.closed(true));
			filters.add(scope.states(CaseState.DISPATCHED, CaseState.IN_PROGRESS));
			for (CaseState state : CaseState.values()) {
				filters.add(scope.state(state));
			}
			for (CaseKind kind : CaseKind.values()) {
				filters.add(scope.kind(kind));
				filters.add(scope.state(CaseState.RECEIVED).kind(kind));
			}
		}
		return filters;
	}

	/** Each filter's counted total against count(*), both in one snapshot. */
	private Mono<Void> checkAll(List<CaseFilter> filters) {
		DefaultTransactionDefinition snapshot = new DefaultTransactionDefinition();
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.setReadOnly(true);
		return Flux.fromIterable(filters)
			.concatMap(
					(filter) -> this.queries.count(filter)
						.flatMap((counted) -> filter
							.bind(this.db.sql("SELECT count(*) AS n FROM cases WHERE " + filter.where()))
							.map((row, meta) -> row.get("n", Long.class))
							.one()
							.doOnNext((rows) -> assertThat(counted).as(filter.where()).isEqualTo(rows))))
			.then()
			.as(TransactionalOperator.create(this.transactions, snapshot)::transactional);
	}

	/**
	 * One transaction of a writer: files one to three cases (clones of the filed one)
	 * under the test's codes, or moves some of them (a state, a kind, a division and
	 * district, or all of one state at once), or deletes one; one in five rolls back.
	 */
	private Mono<Object> oneWrite(String template, TransactionalOperator write) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String division = DIVISIONS[random.nextInt(DIVISIONS.length)];
		String district = district(division);
		CaseState state = CaseState.values()[random.nextInt(CaseState.values().length)];
		CaseKind kind = CaseKind.values()[random.nextInt(CaseKind.values().length)];
		Mono<Long> statement = switch (random.nextInt(6)) {
			case 0, 1 -> this.db
				.sql("""
						INSERT INTO cases SELECT (jsonb_populate_record(null::cases, to_jsonb(c) || jsonb_build_object(
						  'id', gen_random_uuid(), 'case_number', 'CNT-' || substr(md5(random()::text), 1, 24), 'tracking_code_hash', null,
						  'external_ref', null, 'state', :state, 'kind', :kind, 'division_code', :division,
						  'district_code', :district))).*
						FROM cases c, generate_series(1, :n) g WHERE c.case_number = :template""")
				.bind("state", state.name())
				.bind("kind", kind.name())
				.bind("division", division)
				.bind("district", district)
				.bind("n", 1 + random.nextInt(3))
				.bind("template", template)
				.fetch()
				.rowsUpdated();
			case 2 -> this.db.sql("""
					UPDATE cases SET state = :state, kind = :kind, version = version + 1
					WHERE id = (SELECT id FROM cases WHERE case_number LIKE 'CNT-%' ORDER BY random() LIMIT 1)""")
				.bind("state", state.name())
				.bind("kind", kind.name())
				.fetch()
				.rowsUpdated();
			case 3 -> this.db.sql("""
					UPDATE cases SET division_code = :division, district_code = :district
					WHERE id = (SELECT id FROM cases WHERE case_number LIKE 'CNT-%' ORDER BY random() LIMIT 1)""")
				.bind("division", division)
				.bind("district", district)
				.fetch()
				.rowsUpdated();
			case 4 -> this.db.sql("UPDATE cases SET state = :to WHERE case_number LIKE 'CNT-%' AND state = :from")
				.bind("to", state.name())
				.bind("from", CaseState.values()[random.nextInt(CaseState.values().length)].name())
				.fetch()
				.rowsUpdated();
			default -> this.db.sql("""
					DELETE FROM cases
					WHERE id = (SELECT id FROM cases WHERE case_number LIKE 'CNT-%' ORDER BY random() LIMIT 1)""")
				.fetch()
				.rowsUpdated();
		};
		boolean rollback = random.nextInt(5) == 0;
		return statement.flatMap((n) -> rollback ? Mono.error(new Rollback()) : Mono.just((Object) n))
			.as(write::transactional);
	}

	private static String district(String division) {
		return division.substring(0, 6);
	}

	/** Thrown to roll a writer's transaction back. */
	static final class Rollback extends RuntimeException {

		Rollback() {
			super("rolled back on purpose", null, false, false);
		}

	}

}
