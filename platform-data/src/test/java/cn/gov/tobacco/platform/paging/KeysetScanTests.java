package cn.gov.tobacco.platform.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

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

}
