package cn.gov.tobacco.platform.paging;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import cn.gov.tobacco.platform.paging.KeysetScan.Key;
import cn.gov.tobacco.platform.paging.KeysetScan.Query;
import cn.gov.tobacco.platform.paging.KeysetScan.Statement;
import cn.gov.tobacco.platform.problem.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KeysetScanTests {

	@Test
	void readsEveryRowPageAfterPageInOrder() {
		List<Integer> rows = IntStream.rangeClosed(1, 450).boxed().toList();
		List<Integer> asked = new ArrayList<>();
		Flux<Integer> all = KeysetScan.all(200, (Integer after) -> {
			asked.add(after);
			return Flux.fromIterable(rows).filter((n) -> after == null || n > after).take(200);
		}, (n) -> n);
		StepVerifier.create(all.collectList()).assertNext((seen) -> assertThat(seen).isEqualTo(rows)).verifyComplete();
		assertThat(asked).containsExactly(null, 200, 400);
	}

	@Test
	void anExactMultipleOfThePageEndsWithAnEmptyPage() {
		List<Integer> rows = IntStream.rangeClosed(1, 400).boxed().toList();
		StepVerifier
			.create(KeysetScan.all(200,
					(Integer after) -> Flux.fromIterable(rows).filter((n) -> after == null || n > after).take(200),
					(n) -> n)
				.count())
			.expectNext(400L)
			.verifyComplete();
	}

	@Test
	void aPageIsOrderedByItsKeysThenTheIdAndReadsTheRowsItIsAskedFor() {
		Statement first = Query
			.ascending("id, due_on", " from task where owner = :me", Map.of("me", "a"), "id", Key.date("due_on"))
			.page(null, 21);
		assertThat(first.sql())
			.isEqualTo("select id, due_on from task where owner = :me order by due_on, id limit :keysetLimit");
		assertThat(first.params()).containsEntry("me", "a").containsEntry("keysetLimit", 21);
	}

	@Test
	void theNextPageStartsAfterTheCursorsKeysInTheListsDirection() {
		UUID id = UUID.randomUUID();
		Instant at = Instant.parse("2026-03-01T02:00:00Z");
		Query newestFirst = Query.descending("*", " from item where true", Map.of(), "i.id", Key.number("i.rank"),
				Key.instant("i.created_at"));
		KeysetCursor cursor = KeysetCursor.decode(KeysetCursor.after(List.of("0", at.toString()), id).encode());
		Statement next = newestFirst.page(cursor, 11);
		assertThat(next.sql()).isEqualTo("select * from item where true and (i.rank, i.created_at, i.id) "
				+ "< (:keyset0, :keyset1, :keysetId) order by i.rank desc, i.created_at desc, i.id desc "
				+ "limit :keysetLimit");
		assertThat(next.params()).containsEntry("keyset0", 0)
			.containsEntry("keyset1", at.atOffset(ZoneOffset.UTC))
			.containsEntry("keysetId", id)
			.containsEntry("keysetLimit", 11);
		assertThat(newestFirst.count().sql()).isEqualTo("select count(*) from item where true");
	}

	@Test
	void aCursorOfAnotherListIsABadRequestOnCursor() {
		Query byDay = Query.ascending("*", " from task where true", Map.of(), "id", Key.date("due_on"));
		KeysetCursor ofAnother = KeysetCursor.after(Instant.parse("2026-03-01T02:00:00Z"), UUID.randomUUID());
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> byDay.page(ofAnother, 10))
			.satisfies((ex) -> assertThat(ex.fieldProblems()).extracting("field").containsExactly("cursor"));
		KeysetCursor tooFewKeys = KeysetCursor.after(List.of("2026-03-01"), UUID.randomUUID());
		Query rankThenDay = Query.ascending("*", " from task where true", Map.of(), "id", Key.number("rank"),
				Key.date("due_on"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> rankThenDay.page(tooFewKeys, 10));
	}

}
