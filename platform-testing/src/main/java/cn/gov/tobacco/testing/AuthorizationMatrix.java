package cn.gov.tobacco.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.Yaml;

/**
 * The shared parts of the authorization matrices (issue 11 point 5): the operations a
 * contract in {@code openapi/} declares, and the table kept beside each service's tests
 * ({@code operation,ROLE,ROLE,...}; a cell is one status for every call, or one per side
 * separated by blanks; {@code #} starts a comment line).
 */
public final class AuthorizationMatrix {

	private AuthorizationMatrix() {
	}

	/**
	 * The contract {@code openapi/<file>} seen from a module's directory (where Maven
	 * runs the tests) or from the repository root.
	 */
	public static Path contract(String file) {
		Path fromModule = Path.of("..", "openapi", file);
		return Files.exists(fromModule) ? fromModule : Path.of("openapi", file);
	}

	/** operationId → the response codes the contract declares for it. */
	@SuppressWarnings("unchecked")
	public static Map<String, Set<String>> operations(Path contract) throws IOException {
		Map<String, Object> spec = new Yaml().load(Files.readString(contract));
		Map<String, Set<String>> operations = new LinkedHashMap<>();
		((Map<String, Map<String, Object>>) spec.get("paths")).forEach((path, item) -> item.forEach((method, op) -> {
			if (op instanceof Map<?, ?> operation && operation.get("operationId") != null) {
				Set<String> codes = new TreeSet<>();
				((Map<Object, Object>) operation.get("responses")).keySet()
					.forEach((k) -> codes.add(String.valueOf(k)));
				if (operations.put((String) operation.get("operationId"), codes) != null) {
					throw new IllegalStateException(
							"operationId " + operation.get("operationId") + " twice in " + contract);
				}
			}
		}));
		return operations;
	}

	/**
	 * operation → role → the expected statuses, from a table whose columns after
	 * {@code operation} must be exactly {@code roles}.
	 * @param resource the table, for messages
	 */
	public static Map<String, Map<String, List<Integer>>> table(InputStream in, String resource, List<String> roles)
			throws IOException {
		if (in == null) {
			throw new IllegalStateException("no table " + resource);
		}
		Map<String, Map<String, List<Integer>>> rows = new LinkedHashMap<>();
		List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
			.map(String::strip)
			.filter((l) -> !l.isEmpty() && !l.startsWith("#"))
			.toList();
		List<String> header = List.of(lines.get(0).split(","));
		if (!header.get(0).equals("operation") || !header.subList(1, header.size()).equals(roles)) {
			throw new IllegalStateException(resource + ": the columns must be operation," + String.join(",", roles)
					+ " but are " + lines.get(0));
		}
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			if (cells.length != header.size()) {
				throw new IllegalStateException(resource + ": " + header.size() + " cells expected in " + line);
			}
			Map<String, List<Integer>> row = new LinkedHashMap<>();
			for (int i = 1; i < cells.length; i++) {
				row.put(header.get(i), List.of(cells[i].strip().split("\\s+")).stream().map(Integer::valueOf).toList());
			}
			if (rows.put(cells[0].strip(), row) != null) {
				throw new IllegalStateException(resource + ": two rows for " + cells[0]);
			}
		}
		return rows;
	}

	/**
	 * Whether the statuses seen match a cell: the single status given for all calls, or
	 * each call's status in order.
	 */
	public static boolean matches(List<Integer> expected, List<Integer> actual) {
		if (expected == null || actual == null || actual.isEmpty()) {
			return false;
		}
		if (expected.size() == 1) {
			return actual.stream().allMatch(expected.get(0)::equals);
		}
		return expected.equals(actual);
	}

	/** The statuses as a cell of the table. */
	public static String cell(List<Integer> statuses) {
		if (statuses == null || statuses.isEmpty()) {
			return "?";
		}
		if (statuses.stream().distinct().count() == 1) {
			return String.valueOf(statuses.get(0));
		}
		return String.join(" ", statuses.stream().map(String::valueOf).toList());
	}

	/**
	 * What one run of a matrix saw: the observed table (written to
	 * {@code target/authorization-matrix-observed.csv}) and every problem. A call's
	 * answer is a problem when it is a 5xx or a refusal that is not problem+json; a row's
	 * when a role's statuses differ from the table's cell or from what the contract
	 * declares.
	 */
	public static final class Findings {

		private final List<String> roles;

		private final List<String> problems = new ArrayList<>();

		private final StringBuilder observed;

		private final Map<String, List<Integer>> seen = new LinkedHashMap<>();

		public Findings(Collection<String> roles) {
			this.roles = List.copyOf(roles);
			this.observed = new StringBuilder("operation," + String.join(",", this.roles) + "\n");
		}

		public void problem(String text) {
			this.problems.add(text);
		}

		/** One call of {@code operation} as {@code role} on {@code side}. */
		public void answer(String operation, String role, Object side, int status, boolean problemJson, byte[] body) {
			this.seen.computeIfAbsent(role, (r) -> new ArrayList<>()).add(status);
			if (status >= 500) {
				this.problems.add(operation + " " + role + " " + side + ": " + status + " "
						+ new String(body, StandardCharsets.UTF_8));
			}
			if ((status == 401 || status == 403 || status == 404) && !problemJson) {
				this.problems.add(operation + " " + role + " " + side + ": " + status + " is not problem+json");
			}
		}

		/**
		 * Ends the row of {@code operation}: the answers against its cells and its
		 * contract.
		 */
		public void endRow(String operation, Map<String, List<Integer>> expectedByRole, Set<String> declared) {
			this.observed.append(operation);
			for (String role : this.roles) {
				List<Integer> statuses = this.seen.get(role);
				List<Integer> expected = expectedByRole.get(role);
				this.observed.append(',').append(cell(statuses));
				if (!matches(expected, statuses)) {
					this.problems
						.add(operation + " " + role + ": expected " + cell(expected) + " but was " + cell(statuses));
				}
				for (Integer status : (statuses != null) ? statuses : List.<Integer>of()) {
					if (!declared.contains(String.valueOf(status))) {
						this.problems.add(operation + " " + role + ": " + status + " is not declared in the contract");
					}
				}
			}
			this.observed.append('\n');
			this.seen.clear();
		}

		/** The problems, after writing the observed table under {@code target/}. */
		public List<String> problems() throws IOException {
			Files.createDirectories(Path.of("target"));
			Files.writeString(Path.of("target", "authorization-matrix-observed.csv"), this.observed);
			return this.problems;
		}

	}

}
