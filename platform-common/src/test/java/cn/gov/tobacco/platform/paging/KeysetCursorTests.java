package cn.gov.tobacco.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KeysetCursorTests {

	private static final UUID ID = UUID.fromString("6f1c2a7e-0b5d-4c39-9a51-3f0e8d2b7c11");

	private static final List<Function<String, ?>> PRIORITY_THEN_TIME = List.of(Short::parseShort, Instant::parse);

	@Test
	void aMultiKeyCursorReadsBackItsKeysInOrder() {
		String encoded = KeysetCursor.after(List.of("0", "2024-06-01T02:00:00Z"), ID).encode();
		KeysetCursor cursor = KeysetCursor.decode(encoded);
		assertThat(cursor.id()).isEqualTo(ID);
		assertThat(cursor.sortKeys(PRIORITY_THEN_TIME)).containsExactly((short) 0,
				Instant.parse("2024-06-01T02:00:00Z"));
	}

	@Test
	void aMultiKeyCursorIsTheKeysAndTheIdJoinedByBars() {
		String raw = "1|2024-06-01T02:00:00Z|" + ID;
		String before = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
		assertThat(KeysetCursor.after(List.of("1", "2024-06-01T02:00:00Z"), ID).encode()).isEqualTo(before);
		assertThat(KeysetCursor.after(Instant.parse("2024-06-01T02:00:00Z"), ID).encode())
			.isEqualTo(KeysetCursor.after(List.of("2024-06-01T02:00:00Z"), ID).encode());
	}

	@Test
	void aCursorWithAnotherNumberOfKeysIsABadRequest() {
		KeysetCursor oneKey = KeysetCursor.after(Instant.parse("2024-06-01T02:00:00Z"), ID);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> oneKey.sortKeys(PRIORITY_THEN_TIME))
			.satisfies(
					(ex) -> assertThat(ex.fieldProblems()).extracting(FieldProblem::field).containsExactly("cursor"));
	}

	@Test
	void aKeyThatDoesNotParseIsABadRequest() {
		KeysetCursor cursor = KeysetCursor.after(List.of("x", "2024-06-01T02:00:00Z"), ID);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> cursor.sortKeys(PRIORITY_THEN_TIME));
		KeysetCursor badTime = KeysetCursor.after(List.of("0", "yesterday"), ID);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> badTime.sortKeys(PRIORITY_THEN_TIME));
	}

}
