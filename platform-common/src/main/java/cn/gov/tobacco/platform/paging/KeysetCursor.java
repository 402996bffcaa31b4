package cn.gov.tobacco.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;

/**
 * The position after the last row of a page ordered by a sort key descending, then id
 * descending. Encoded opaquely so clients do not build cursors themselves. A list ordered
 * by several keys (a priority, then a time) keeps them all in the sort key
 * ({@link #after(List, UUID)}, {@link #sortKeys(List)}).
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
	 * The position after a row ordered by several sort keys, then its id; the keys must
	 * not contain {@code |}.
	 */
	public static KeysetCursor after(List<String> sortKeys, UUID id) {
		return new KeysetCursor(String.join("|", sortKeys), id);
	}

	/**
	 * The sort keys of a cursor made by {@link #after(List, UUID)}, each read by its
	 * parser, in order. A cursor with another number of keys, or a key its parser refuses
	 * ({@link IllegalArgumentException}, {@link DateTimeException}), is a 400 on
	 * {@code cursor}.
	 * @param parsers one parser per sort key
	 * @return the parsed keys
	 */
	public List<Object> sortKeys(List<Function<String, ?>> parsers) {
		String[] keys = this.sortKey.split("\\|", -1);
		if (keys.length != parsers.size()) {
			throw invalid();
		}
		List<Object> values = new ArrayList<>(keys.length);
		try {
			for (int i = 0; i < keys.length; i++) {
				values.add(parsers.get(i).apply(keys[i]));
			}
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			throw invalid();
		}
		return values;
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

	/** The 400 on {@code cursor} for a cursor that is not one of this list. */
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
