package cn.gov.tobacco.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rules every service's {@code ModuleBoundaryTests} checks: the service's top-level
 * packages are its modules, free of cycles, each using only the packages its row of the
 * table names (the generated contract types in {@code api} are open to all), every
 * package has a row, and the module README's package table (package | owns | may use)
 * says the same. A service's test extends this class and gives only its root package and
 * its table.
 */
public abstract class ModuleBoundaryRules {

	private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

	private static final Pattern README_ROW = Pattern.compile("^\\| `([a-z0-9]+)` \\|.*\\| ([^|]*) \\|$");

	private final String root;

	private final Map<String, Set<String>> allowed;

	/**
	 * @param root the service's root package, e.g. {@code cn.gov.tobacco.licensing}
	 * @param allowed each package (below the root) and the packages of the service it may
	 * depend on
	 */
	protected ModuleBoundaryRules(String root, Map<String, Set<String>> allowed) {
		this.root = root;
		this.allowed = allowed;
	}

	/** One row of the table: {@code pkg} may depend on {@code dependencies}. */
	protected static Map.Entry<String, Set<String>> allows(String pkg, String... dependencies) {
		return Map.entry(pkg, Set.of(dependencies));
	}

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching(this.root + ".(*)..").should().beFreeOfCycles().check(imported(this.root));
	}

	@TestFactory
	Stream<DynamicTest> eachPackageUsesOnlyWhatTheTableAllows() {
		return this.allowed.keySet().stream().sorted().map((pkg) -> DynamicTest.dynamicTest(pkg, () -> check(pkg)));
	}

	private void check(String pkg) {
		Set<String> row = this.allowed.get(pkg);
		String[] permitted = Stream.concat(Stream.of(pkg, "api"), row.stream())
			.map((p) -> this.root + "." + p + "..")
			.toArray(String[]::new);
		classes().that()
			.resideInAPackage(this.root + "." + pkg + "..")
			.should()
			.onlyDependOnClassesThat(resideOutsideOfPackage(this.root + "..").or(resideInAnyPackage(permitted)))
			.as(pkg + " depends only on " + (row.isEmpty() ? "no other package" : new TreeSet<>(row)))
			.because("that is its row in ModuleBoundaryTests.ALLOWED and in the README's package table")
			.check(imported(this.root));
	}

	@Test
	void everyPackageHasARowInTheTable() {
		Set<String> found = imported(this.root).stream()
			.map(JavaClass::getPackageName)
			.filter((name) -> name.startsWith(this.root + "."))
			.map((name) -> name.substring(this.root.length() + 1).split("\\.")[0])
			.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(new TreeSet<>(this.allowed.keySet()), found,
				"the packages of " + this.root + " (add a new one to ALLOWED and the README)");
	}

	@Test
	void theReadmeShowsTheSameTable() throws IOException {
		Map<String, Set<String>> readme = new TreeMap<>();
		for (String line : Files.readAllLines(Path.of("README.md"))) {
			Matcher m = README_ROW.matcher(line.strip());
			if (m.matches()) {
				readme.put(m.group(1),
						Arrays.stream(m.group(2).split(","))
							.map((name) -> name.strip().replace("`", ""))
							.filter((name) -> !name.isEmpty() && !"—".equals(name))
							.collect(Collectors.toCollection(TreeSet::new)));
			}
		}
		Map<String, Set<String>> table = new TreeMap<>();
		this.allowed.forEach((pkg, deps) -> table.put(pkg, new TreeSet<>(deps)));
		assertEquals(table, readme, "README.md's package table (package | owns | may use)");
	}

	/**
	 * The service's main classes, without tests and the generated {@code api} package.
	 */
	private static JavaClasses imported(String root) {
		String api = "/" + root.replace('.', '/') + "/api/";
		return IMPORTED.computeIfAbsent(root,
				(r) -> new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
					.withImportOption((location) -> !location.contains(api))
					.importPackages(r));
	}

}
