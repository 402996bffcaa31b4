package cn.gov.tobacco.complaints.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;

/**
 * An opaque keyset cursor: the sort key values of the last row of a page.
 *
 * @param values the sort key values, in sort order
 */
public record Cursor(List<String> values) {

	public static String encode(String... values) {
		String joined = String.join("|", values);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor, or {@code null} for the first page; 400 when it is not ours. */
	public static Cursor decode(String cursor, int expectedValues) {
		if (cursor == null || cursor.isEmpty()) {
			return null;
		}
		try {
			String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			List<String> values = List.of(joined.split("\\|", -1));
			if (values.size() != expectedValues) {
				throw new IllegalArgumentException("wrong size");
			}
			return new Cursor(values);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
	}

	public String get(int index) {
		return this.values.get(index);
	}

	public static ApiException invalid() {
		return ApiException.validation(List
			.of(FieldProblem.of("cursor", "游标无效，请从第一页重新开始", "invalid cursor; start again from the first page")));
	}

}
