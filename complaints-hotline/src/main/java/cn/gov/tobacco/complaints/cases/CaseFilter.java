package cn.gov.tobacco.complaints.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

import cn.gov.tobacco.platform.security.Jurisdiction;

/**
 * Which cases a list shows, said in the terms of a case. Each condition is one SQL
 * condition over {@code cases}, written here, so the features that list cases
 * ({@link CaseQueries}) write no SQL over the table themselves. Immutable: each method
 * returns a new filter.
 */
public final class CaseFilter {

	private final List<String> conditions;

	private final Map<String, Object> values;

	private CaseFilter(List<String> conditions, Map<String, Object> values) {
		this.conditions = conditions;
		this.values = values;
	}

	/** Cases whose address lies in the jurisdiction's subtree. */
	public static CaseFilter within(Jurisdiction scope) {
		return within(scope.likePattern());
	}

	/** Cases whose division code matches a LIKE pattern ({@code %} for every case). */
	public static CaseFilter within(String divisionPattern) {
		return new CaseFilter(List.of(), Map.of()).and("division_code LIKE :v", divisionPattern);
	}

	/** Cases handled by the district bureaus in the jurisdiction's subtree. */
	public static CaseFilter inDistrictsOf(Jurisdiction bureau) {
		return new CaseFilter(List.of(), Map.of()).and("district_code LIKE :v", bureau.likePattern());
	}

	/** The cases a signed-in citizen filed. */
	public static CaseFilter reportedBy(String subject) {
		return new CaseFilter(List.of(), Map.of()).and("reporter_subject = :v", subject);
	}

	/** Cases in this state; no condition when {@code null}. */
	public CaseFilter state(CaseState state) {
		return (state != null) ? and("state = :v", state.name()) : this;
	}

	/** Cases in one of these states. */
	public CaseFilter states(CaseState... states) {
		return and("state IN (" + literals(states) + ")");
	}

	/** Finished cases ({@link CaseState#isClosed()}), or the open ones. */
	public CaseFilter closed(boolean closed) {
		CaseState[] finished = Arrays.stream(CaseState.values()).filter(CaseState::isClosed).toArray(CaseState[]::new);
		return and("state " + (closed ? "" : "NOT ") + "IN (" + literals(finished) + ")");
	}

	/** Cases of this kind; no condition when {@code null}. */
	public CaseFilter kind(CaseKind kind) {
		return (kind != null) ? and("kind = :v", kind.name()) : this;
	}

	/** Cases that came in through this channel. */
	public CaseFilter channel(Channel channel) {
		return and("channel = :v", channel.name());
	}

	/** Cases whose reporter's phone has this blind index. */
	public CaseFilter reporterPhoneIndex(String index) {
		return and("reporter_phone_index = :v", index);
	}

	/** The case with this number. */
	public CaseFilter caseNumber(String caseNumber) {
		return and("case_number = :v", caseNumber);
	}

	/** Cases not linked to an earlier one as its duplicate. */
	public CaseFilter notDuplicate() {
		return and("duplicate_of IS NULL");
	}

	/** Cases a supervisor watches: URGENT, past due (escalation level) or ESCALATED. */
	public CaseFilter flaggedForSupervision() {
		return and("(urgent OR escalation_level > 0 OR state = 'ESCALATED')");
	}

	/** The conditions joined, for a {@code WHERE}. */
	String where() {
		return String.join(" AND ", this.conditions);
	}

	GenericExecuteSpec bind(GenericExecuteSpec spec) {
		GenericExecuteSpec bound = spec;
		for (Map.Entry<String, Object> value : this.values.entrySet()) {
			bound = bound.bind(value.getKey(), value.getValue());
		}
		return bound;
	}

	private CaseFilter and(String condition) {
		List<String> conditions = new ArrayList<>(this.conditions);
		conditions.add(condition);
		return new CaseFilter(List.copyOf(conditions), this.values);
	}

	/** A condition with one value; {@code :v} in it becomes the value's own parameter. */
	private CaseFilter and(String condition, Object value) {
		String name = "f" + this.values.size();
		Map<String, Object> values = new LinkedHashMap<>(this.values);
		values.put(name, value);
		CaseFilter added = and(condition.replace(":v", ":" + name));
		return new CaseFilter(added.conditions, values);
	}

	/** Enum names as SQL literals (never user input). */
	private static String literals(CaseState... states) {
		return Arrays.stream(states).map((s) -> "'" + s.name() + "'").collect(Collectors.joining(", "));
	}

}
