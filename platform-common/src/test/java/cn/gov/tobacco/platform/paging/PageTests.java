package cn.gov.tobacco.platform.paging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class PageTests {

	private static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");

	private final List<UUID> ids = IntStream.range(0, 5).mapToObj((i) -> UUID.randomUUID()).toList();

	@Test
	void readAsksForOneRowMoreThanItShowsAndPointsAfterTheLastShown() {
		List<Integer> asked = new ArrayList<>();
		Mono<Page<Integer>> page = Page.read(2, (rows) -> {
			asked.add(rows);
			return Flux.range(0, 5).take(rows);
		}, Mono.just(5L), (i) -> KeysetCursor.after(T0.plusSeconds(i), this.ids.get(i)));
		StepVerifier.create(page).assertNext((p) -> {
			assertThat(p.items()).containsExactly(0, 1);
			assertThat(p.total()).isEqualTo(5);
			assertThat(p.limit()).isEqualTo(2);
			assertThat(p.nextCursor()).isEqualTo(KeysetCursor.after(T0.plusSeconds(1), this.ids.get(1)).encode());
		}).verifyComplete();
		assertThat(asked).containsExactly(3);
	}

	@Test
	void theLastPageHasNoNextCursor() {
		StepVerifier.create(Page.read(5, (rows) -> Flux.range(0, 5).take(rows), Mono.just(5L),
				(i) -> KeysetCursor.after(T0, this.ids.get(i))))
			.assertNext((p) -> {
				assertThat(p.items()).hasSize(5);
				assertThat(p.nextCursor()).isNull();
			})
			.verifyComplete();
	}

}
