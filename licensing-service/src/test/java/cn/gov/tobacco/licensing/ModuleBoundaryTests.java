package cn.gov.tobacco.licensing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's top-level packages are its modules: no cycles between them, and each uses
 * only the packages its row of {@link #ALLOWED} names (the generated contract types in
 * {@code api} are open to all). A new edge fails here; if it is meant and closes no
 * cycle, add it to the table and to the README's package table, which must say the same;
 * if it would close one, the lower module owns a port (an interface) the higher one
 * implements.
 */
class ModuleBoundaryTests {

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
			allows("postverification", "access", "application", "calendar", "credit", "license", "notices",
					"reference"),
			allows("creditrepair", "access", "credit"), allows("documents", "access", "application", "materials"),
			allows("deadlines", "application", "calendar"), allows("registry", "application"),
			allows("queue", "access", "application", "calendar", "license"));

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption((location) -> !location.contains("/cn/gov/tobacco/licensing/api/"))
		.importPackages(ROOT);

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("packages")
	void eachPackageUsesOnlyWhatTheTableAllows(String pkg) {
		String[] allowed = Stream.concat(Stream.of(pkg, "api"), ALLOWED.get(pkg).stream())
			.map((p) -> ROOT + "." + p + "..")
			.toArray(String[]::new);
		classes().that()
			.resideInAPackage(ROOT + "." + pkg + "..")
			.should()
			.onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(allowed)))
			.as(pkg + " depends only on " + ((ALLOWED.get(pkg).isEmpty()) ? "no other package" : ALLOWED.get(pkg)))
			.because("that is its row in ModuleBoundaryTests.ALLOWED and in the README's package table")
			.check(CLASSES);
	}

	@Test
	void everyPackageHasARowInTheTable() {
		Set<String> found = CLASSES.stream()
			.map(JavaClass::getPackageName)
			.filter((name) -> name.startsWith(ROOT + "."))
			.map((name) -> name.substring(ROOT.length() + 1).split("\\.")[0])
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(found).as("the packages of %s (add a new one to ALLOWED and the README)", ROOT)
			.isEqualTo(new TreeSet<>(ALLOWED.keySet()));
	}

	@Test
	void theReadmeShowsTheSameTable() throws IOException {
		Pattern row = Pattern.compile("^\\| `([a-z0-9]+)` \\|.*\\| ([^|]*) \\|$");
		Map<String, Set<String>> readme = new TreeMap<>();
		for (String line : Files.readAllLines(Path.of("README.md"))) {
			Matcher m = row.matcher(line.strip());
			if (m.matches()) {
				readme.put(m.group(1),
						Arrays.stream(m.group(2).split(","))
							.map((name) -> name.strip().replace("`", ""))
							.filter((name) -> !name.isEmpty() && !"—".equals(name))
							.collect(Collectors.toCollection(TreeSet::new)));
			}
		}
		Map<String, Set<String>> table = new TreeMap<>();
		ALLOWED.forEach((pkg, deps) -> table.put(pkg, new TreeSet<>(deps)));
		assertThat(readme).as("README.md's package table (package | owns | may use)").isEqualTo(table);
	}

	static Stream<String> packages() {
		return ALLOWED.keySet().stream().sorted();
	}

	private static Map.Entry<String, Set<String>> allows(String pkg, String... dependencies) {
		return Map.entry(pkg, Set.of(dependencies));
	}

}
