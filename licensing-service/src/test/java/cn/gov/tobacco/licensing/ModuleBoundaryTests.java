package cn.gov.tobacco.licensing;

import java.util.Map;
import java.util.Set;

import cn.gov.tobacco.testing.ModuleBoundaryRules;

/**
 * The service's top-level packages are its modules: no cycles between them, and each uses
 * only the packages its row of {@link #ALLOWED} names (the generated contract types in
 * {@code api} are open to all; the rules are {@link ModuleBoundaryRules}). A new edge
 * fails here; if it is meant and closes no cycle, add it to the table and to the README's
 * package table, which must say the same; if it would close one, the lower module owns a
 * port (an interface) the higher one implements.
 */
class ModuleBoundaryTests extends ModuleBoundaryRules {

	private static final String ROOT = "cn.gov.tobacco.licensing";

	/** Each package and the packages of this service it may depend on. */
	static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
			// foundations: no module below them
			allows("access"), allows("audit"), allows("calendar"), allows("config"), allows("geo"), allows("materials"),
			allows("metrics", "calendar"), allows("notices"), allows("security", "access"),
			allows("geocoder", "access"),
			// reference data and the license register
			allows("reference", "access", "audit", "calendar", "geo"),
			allows("license", "access", "audit", "calendar", "geo", "notices", "reference"),
			// credit records, and what reads the register and the records
			allows("credit", "access", "audit", "calendar", "license"),
			allows("statistics", "access", "calendar", "license"),
			allows("supervision", "access", "audit", "calendar", "credit", "license"),
			// applications: ports CommittedProofs and PostVerificationScheduler for the
			// modules above
			allows("application", "access", "audit", "calendar", "credit", "license", "materials", "notices",
					"reference"),
			// on top of applications
			allows("commitments", "application", "audit", "calendar", "credit", "materials", "reference"),
			allows("postverification", "access", "application", "audit", "calendar", "credit", "license", "notices",
					"reference"),
			allows("creditrepair", "access", "credit"), allows("documents", "access", "application", "materials"),
			allows("deadlines", "application", "calendar"), allows("registry", "application"),
			allows("queue", "access", "application", "calendar", "license"));

	ModuleBoundaryTests() {
		super(ROOT, ALLOWED);
	}

}
