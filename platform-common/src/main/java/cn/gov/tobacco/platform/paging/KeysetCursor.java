package cn.gov.tobacco.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;

/**
 * The position after the last row of a page ordered by a sort key descending, then id
 * descending. Encoded opaquely so clients do not build cursors themselves.
 *
 * @param sortKey the sort key of the last row (a timestamp or a zero-padded string)
 * @param id the id of the last row
 */
public record KeysetCursor(String sortKey, UUID id) {

	public static final int DEFAULT_LIMIT = 20;

	public static final int MAX_LIMIT = 100;

	public static KeysetCursor after(Instant at, UUID id) {
		return new KeysetCursor(at.toString(), id);
	}

	/**
	 * The cursor after a row of a list ordered by several keys, then the id: the keys'
	 * texts joined by {@code |}.
	 */
	public static KeysetCursor after(List<?> keys, UUID id) {
		return new KeysetCursor(keys.stream().map(String::valueOf).collect(Collectors.joining("|")), id);
	}

	public Instant instant() {
		return Instant.parse(this.sortKey);
	}

	public String encode() {
		byte[] raw = (this.sortKey + "|" + this.id).getBytes(StandardCharsets.UTF_8);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
	}

	/**
	 * The cursor a client sent, or {@code null}; a malformed one is a 400 on
	 * {@code cursor}.
	 */
	public static KeysetCursor decode(String encoded) {
		if (encoded == null || encoded.isBlank()) {
			return null;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
			int bar = raw.lastIndexOf('|');
			return new KeysetCursor(raw.substring(0, bar), UUID.fromString(raw.substring(bar + 1)));
		}
		catch (IllegalArgumentException | StringIndexOutOfBoundsException ex) {
			throw invalid();
		}
	}

	/**
	 * The sort keys of {@link #after(List, UUID)}, each read back by its reader (one per
	 * key, in order); a cursor of another list, or one whose keys do not read, is a 400
	 * on {@code cursor}.
	 */
	public List<Object> keys(List<? extends Function<String, ?>> readers) {
		if (readers.isEmpty()) {
			return List.of();
		}
		String[] texts = this.sortKey.split("\\|", readers.size());
		if (texts.length != readers.size()) {
			throw invalid();
		}
		List<Object> keys = new ArrayList<>(texts.length);
		try {
			for (int i = 0; i < texts.length; i++) {
				keys.add(readers.get(i).apply(texts[i]));
			}
		}
		catch (RuntimeException ex) {
			throw invalid();
		}
		return keys;
	}

	/** The answer to a cursor that is not one of the list's: 400 on {@code cursor}. */
	public static ApiException invalid() {
		return ApiException.validation(List.of(FieldProblem.of("cursor", "分页游标无效", "not a cursor of this list")));
	}

	/** The page size: the requested one, or the documented default when absent. */
	public static int limit(Integer requested) {
		int limit = (requested != null) ? requested : DEFAULT_LIMIT;
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiException.validation(List
				.of(FieldProblem.of("limit", "每页条数须在 1 到 " + MAX_LIMIT + " 之间", "must be between 1 and " + MAX_LIMIT)));
		}
		return limit;
	}

}
