package cn.gov.tobacco.licensing.credit;

import java.util.List;
import java.util.UUID;

import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;

/**
 * The position after the last row of a list ordered by a rank (0 first), then a sort key
 * ascending, then the id: the credit lists put what needs work first (pending repairs,
 * overdue checks). Carried in a {@link KeysetCursor} so clients see one cursor format.
 *
 * @param rank the rank of the last row
 * @param key the sort key of the last row (an ISO date or instant)
 * @param id the id of the last row
 */
record RankedCursor(int rank, String key, UUID id) {

	String encode() {
		return new KeysetCursor(this.rank + "|" + this.key, this.id).encode();
	}

	/** The cursor a client sent, or {@code null}; anything malformed is a 400. */
	static RankedCursor decode(String encoded) {
		KeysetCursor cursor = KeysetCursor.decode(encoded);
		if (cursor == null) {
			return null;
		}
		int bar = cursor.sortKey().indexOf('|');
		try {
			return new RankedCursor(Integer.parseInt(cursor.sortKey().substring(0, bar)),
					cursor.sortKey().substring(bar + 1), cursor.id());
		}
		catch (RuntimeException ex) {
			throw invalid();
		}
	}

	static ApiException invalid() {
		return ApiException.validation(List.of(FieldProblem.of("cursor", "分页游标无效", "not a cursor of this list")));
	}

	/** A filter value outside its list is a 400 on that parameter. */
	static String oneOf(String name, String value, List<String> allowed) {
		if (value == null || allowed.contains(value)) {
			return value;
		}
		throw ApiException.validation(
				List.of(FieldProblem.of(name, "取值须为 " + String.join("、", allowed), "must be one of " + allowed)));
	}

}
