package cn.gov.tobacco.licensing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of licensing (the top-level packages; README "Packages"): no
 * package cycle, and each module uses only the modules its row below allows. A new edge
 * between modules fails here until its row says so; an edge that would close a cycle
 * needs a port instead (an interface owned by the lower module, implemented by the higher
 * one). The generated {@code api} packages are outside the modules: every adapter may use
 * them.
 */
class ModuleBoundaryTests {

	private static final String ROOT = "cn.gov.tobacco.licensing";

	/**
	 * Each module and the modules it may use, the lowest first; the same table as the
	 * README's.
	 */
	private static final String TABLE = """
			access:
			audit:
			calendar:
			config:
			geo:
			materials:
			metrics:
			notices:
			security:         access
			geocoder:         access
			reference:        access audit calendar geo
			license:          access audit calendar geo notices reference
			credit:           access audit license
			statistics:       access license
			supervision:      access audit calendar credit license
			application:      access audit calendar credit license materials notices reference
			commitments:      application audit credit materials reference
			creditrepair:     credit
			postverification: application credit license notices reference
			documents:        access application materials
			deadlines:        application calendar
			registry:         application
			queue:            access application calendar license
			""";

	private static final Map<String, Set<String>> ALLOWED = table(TABLE);

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption((location) -> !location.contains("/cn/gov/tobacco/licensing/api/"))
		.importPackages(ROOT);

	@Test
	void noTwoPackagesDependOnEachOtherEvenThroughOthers() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void eachModuleUsesOnlyTheModulesItsRowAllows() {
		Map<String, List<String>> newEdges = new TreeMap<>();
		for (JavaClass source : CLASSES) {
			String from = moduleOf(source);
			for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
				String to = moduleOf(dependency.getTargetClass());
				if (from != null && to != null && !to.equals(from)
						&& !ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
					newEdges.computeIfAbsent(from + " -> " + to, (edge) -> new ArrayList<>())
						.add(dependency.getDescription());
				}
			}
		}
		String message = newEdges.entrySet()
			.stream()
			.map((edge) -> edge.getKey() + ", which the row of " + edge.getKey().split(" ")[0]
					+ " in ModuleBoundaryTests.TABLE does not allow (add it there if it closes no cycle, "
					+ "else give the lower module a port):\n  " + String.join("\n  ", edge.getValue()))
			.collect(Collectors.joining("\n"));
		assertThat(newEdges).withFailMessage(message).isEmpty();
	}

	@Test
	void everyModuleHasARowAndEveryRowAModule() {
		Set<String> modules = CLASSES.stream()
			.map(ModuleBoundaryTests::moduleOf)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(ALLOWED.keySet()).as("the rows of ModuleBoundaryTests.TABLE")
			.containsExactlyInAnyOrderElementsOf(modules);
		ALLOWED.forEach((module, uses) -> assertThat(ALLOWED.keySet()).as("the modules " + module + " may use")
			.containsAll(uses));
	}

	/** The module (top-level package) of a class, {@code null} outside them. */
	private static String moduleOf(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(ROOT + ".") || name.startsWith(ROOT + ".api")) {
			return null;
		}
		return name.substring(ROOT.length() + 1).split("\\.")[0];
	}

	private static Map<String, Set<String>> table(String text) {
		Map<String, Set<String>> rows = new LinkedHashMap<>();
		text.lines().filter((line) -> !line.isBlank()).forEach((line) -> {
			String[] cells = line.split(":", 2);
			rows.put(cells[0].strip(),
					Arrays.stream(cells[1].strip().split("\\s+"))
						.filter((cell) -> !cell.isEmpty())
						.collect(Collectors.toCollection(TreeSet::new)));
		});
		return rows;
	}

}
