package cn.gov.tobacco.complaints.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

import cn.gov.tobacco.platform.security.Jurisdiction;

/**
 * Which cases a list shows, said in the terms of a case. Each condition is one SQL
 * condition over {@code cases}, written here, so the features that list cases
 * ({@link CaseQueries}) write no SQL over the table themselves. Immutable: each method
 * returns a new filter.
 * <p>
 * A filter made only of a subtree (of divisions or of handling districts), states and
 * kinds is also said as a {@link Counted} key range, which the counters of V16
 * ({@code case_counts}) answer without reading the cases; any other condition makes the
 * filter one whose total is counted from the rows.
 */
public final class CaseFilter {

	/** The length of {@code cases.district_code} (a county-level division code). */
	static final int DISTRICT_CODE_LENGTH = 6;

	private final List<String> conditions;

	private final Map<String, Object> values;

	private final Counted counted;

	private CaseFilter(List<String> conditions, Map<String, Object> values, Counted counted) {
		this.conditions = conditions;
		this.values = values;
		this.counted = counted;
	}

	/** Cases whose address lies in the jurisdiction's subtree. */
	public static CaseFilter within(Jurisdiction scope) {
		return within(scope.likePattern());
	}

	/** Cases whose division code matches a LIKE pattern ({@code %} for every case). */
	public static CaseFilter within(String divisionPattern) {
		return new CaseFilter(List.of(), Map.of(), null).and("division_code LIKE :v", divisionPattern)
			.counted(Counted.ALL.divisions(divisionPattern));
	}

	/**
	 * Cases handled by the district bureaus in the jurisdiction's subtree. A district's
	 * own bureau (a prefix as long as a district code) is an equality, which the queue
	 * index serves in its order (the first page reads its first entries); a wider subtree
	 * a range of it.
	 */
	public static CaseFilter inDistrictsOf(Jurisdiction bureau) {
		String prefix = bureau.subtreePrefix();
		CaseFilter base = new CaseFilter(List.of(), Map.of(), null);
		CaseFilter filter = (prefix.length() >= DISTRICT_CODE_LENGTH) ? base.and("district_code = :v", prefix)
				: base.and("district_code LIKE :v", bureau.likePattern());
		return filter.counted(Counted.ALL.districts(bureau.likePattern()));
	}

	/** The cases a signed-in citizen filed. */
	public static CaseFilter reportedBy(String subject) {
		return new CaseFilter(List.of(), Map.of(), null).and("reporter_subject = :v", subject);
	}

	/** Cases in this state; no condition when {@code null}. */
	public CaseFilter state(CaseState state) {
		return (state != null) ? and("state = :v", state.name()).counted(this.counted, EnumSet.of(state), null) : this;
	}

	/** Cases in one of these states. */
	public CaseFilter states(CaseState... states) {
		return and("state IN (" + literals(states) + ")").counted(this.counted, Set.of(states), null);
	}

	/** Finished cases ({@link CaseState#isClosed()}), or the open ones. */
	public CaseFilter closed(boolean closed) {
		CaseState[] finished = Arrays.stream(CaseState.values()).filter(CaseState::isClosed).toArray(CaseState[]::new);
		EnumSet<CaseState> matching = EnumSet.noneOf(CaseState.class);
		Arrays.stream(CaseState.values()).filter((s) -> s.isClosed() == closed).forEach(matching::add);
		return and("state " + (closed ? "" : "NOT ") + "IN (" + literals(finished) + ")").counted(this.counted,
				matching, null);
	}

	/** Cases of this kind; no condition when {@code null}. */
	public CaseFilter kind(CaseKind kind) {
		return (kind != null) ? and("kind = :v", kind.name()).counted(this.counted, null, EnumSet.of(kind)) : this;
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

	/**
	 * The filter as a key range of the counters, or {@code null} when a condition is not
	 * one the counters can answer.
	 */
	Counted counted() {
		return this.counted;
	}

	GenericExecuteSpec bind(GenericExecuteSpec spec) {
		GenericExecuteSpec bound = spec;
		for (Map.Entry<String, Object> value : this.values.entrySet()) {
			bound = bound.bind(value.getKey(), value.getValue());
		}
		return bound;
	}

	/**
	 * Adds a condition the counters cannot answer (the filter's total is counted from the
	 * rows); the conditions they can answer say so with {@link #counted}.
	 */
	private CaseFilter and(String condition) {
		List<String> conditions = new ArrayList<>(this.conditions);
		conditions.add(condition);
		return new CaseFilter(List.copyOf(conditions), this.values, null);
	}

	/**
	 * This filter with {@code before}'s counter range narrowed to these states and kinds
	 * (none if {@code before} had none).
	 */
	private CaseFilter counted(Counted before, Set<CaseState> states, Set<CaseKind> kinds) {
		return counted((before != null) ? before.narrow(states, kinds) : null);
	}

	private CaseFilter counted(Counted range) {
		return new CaseFilter(this.conditions, this.values, range);
	}

	/** A condition with one value; {@code :v} in it becomes the value's own parameter. */
	private CaseFilter and(String condition, Object value) {
		String name = "f" + this.values.size();
		Map<String, Object> values = new LinkedHashMap<>(this.values);
		values.put(name, value);
		CaseFilter added = and(condition.replace(":v", ":" + name));
		return new CaseFilter(added.conditions, values, null);
	}

	/** Enum names as SQL literals (never user input). */
	private static String literals(CaseState... states) {
		return Arrays.stream(states).map((s) -> "'" + s.name() + "'").collect(Collectors.joining(", "));
	}

	/**
	 * What the counters answer: the cases of a division subtree and of a
	 * handling-district subtree (code prefixes, {@code ""} for every code), in one of
	 * some states and of one of some kinds ({@code null}: any).
	 */
	record Counted(String divisionPrefix, String districtPrefix, Set<CaseState> states, Set<CaseKind> kinds) {

		static final Counted ALL = new Counted("", "", null, null);

		/** This range within a division subtree, or null if the pattern is no prefix. */
		Counted divisions(String likePattern) {
			String prefix = prefixOf(likePattern);
			return (prefix != null && this.divisionPrefix.isEmpty())
					? new Counted(prefix, this.districtPrefix, this.states, this.kinds) : null;
		}

		/** This range within a handling-district subtree, or null if no prefix. */
		Counted districts(String likePattern) {
			String prefix = prefixOf(likePattern);
			return (prefix != null && this.districtPrefix.isEmpty())
					? new Counted(this.divisionPrefix, prefix, this.states, this.kinds) : null;
		}

		Counted narrow(Set<CaseState> states, Set<CaseKind> kinds) {
			return new Counted(this.divisionPrefix, this.districtPrefix,
					intersect(this.states, states, CaseState.class), intersect(this.kinds, kinds, CaseKind.class));
		}

		/**
		 * The exclusive end of the codes that start with {@code prefix} (C order), or
		 * {@code null} when there is none.
		 */
		static String endOf(String prefix) {
			for (int i = prefix.length() - 1; i >= 0; i--) {
				char c = prefix.charAt(i);
				if (c < Character.MIN_HIGH_SURROGATE - 1) {
					return prefix.substring(0, i) + (char) (c + 1);
				}
			}
			return null;
		}

		/** {@code "3301"} for {@code "3301%"}, {@code ""} for {@code "%"}; else null. */
		private static String prefixOf(String likePattern) {
			if (likePattern == null || !likePattern.endsWith("%")) {
				return null;
			}
			String prefix = likePattern.substring(0, likePattern.length() - 1);
			return (prefix.indexOf('%') < 0 && prefix.indexOf('_') < 0 && prefix.indexOf('\\') < 0) ? prefix : null;
		}

		private static <E extends Enum<E>> Set<E> intersect(Set<E> a, Set<E> b, Class<E> type) {
			if (a == null) {
				return (b != null) ? Set.copyOf(b) : null;
			}
			if (b == null) {
				return a;
			}
			EnumSet<E> both = EnumSet.noneOf(type);
			both.addAll(a);
			both.retainAll(b);
			return Set.copyOf(both);
		}

	}

}
