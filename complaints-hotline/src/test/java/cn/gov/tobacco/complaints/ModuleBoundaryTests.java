package cn.gov.tobacco.complaints;

import java.util.Map;
import java.util.Set;

import cn.gov.tobacco.testing.ModuleBoundaryRules;

/**
 * The service's packages are its modules: no cycles between them, and each uses only the
 * packages its row of {@link #ALLOWED} names (the generated contract types in {@code api}
 * are open to all; the rules are {@link ModuleBoundaryRules}). A new edge fails here; if
 * it is meant, add it to the table and to the README's package table, which must say the
 * same.
 */
class ModuleBoundaryTests extends ModuleBoundaryRules {

	private static final String ROOT = "cn.gov.tobacco.complaints";

	/** Each package and the packages of this service it may depend on. */
	static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
			// foundations: no feature below them
			allows("time"), allows("audit"), allows("security"), allows("config"), allows("metrics"),
			// reference data
			allows("calendar", "time"), allows("categories"), allows("divisions"), allows("licenses", "time"),
			allows("rewards", "time"), allows("deadlines", "calendar", "time"),
			// cases: rows, lifecycle, lists; every feature builds on them
			allows("cases"),
			// features of a case
			allows("evidence", "cases", "time"), allows("reporter", "audit", "cases", "time"),
			allows("credit", "audit", "cases", "categories", "time"),
			allows("callhistory", "audit", "cases", "reporter", "time"), allows("open311", "cases", "categories"),
			allows("statistics", "cases", "time"),
			// the lifecycle
			allows("workflow", "audit", "cases", "credit", "deadlines", "rewards", "time"),
			allows("evaluation", "cases", "time", "workflow"), allows("dispatch", "audit", "cases", "time", "workflow"),
			// intake, and what sits on top of it
			allows("intake", "audit", "callhistory", "cases", "categories", "deadlines", "divisions", "evaluation",
					"evidence", "licenses", "reporter", "time"),
			allows("handovers", "audit", "cases", "categories", "evidence", "intake", "time", "workflow"),
			allows("casefile", "audit", "cases", "evidence", "licenses", "workflow"));

	ModuleBoundaryTests() {
		super(ROOT, ALLOWED);
	}

}
