package cn.gov.tobacco.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * A contract-driven fuzz test: for every operation of an OpenAPI document, requests with
 * NUL and other control characters, huge strings, out-of-range numbers and dates, unknown
 * enum values and truncated bodies, each in one place (a query or path parameter, a JSON
 * leaf, a form field). Every answer must be a 4xx {@code application/problem+json}; a 5xx
 * or any other answer is a finding. An operation added to the contract is fuzzed without
 * touching the test.
 */
public final class ContractFuzz {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String HUGE = "字".repeat(100_000);

	private static final String LONG_PARAMETER = "x".repeat(2_500);

	private final Map<String, Object> document;

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ContractFuzz(Map<String, Object> document, String baseUrl) {
		this.document = document;
		this.baseUrl = baseUrl;
	}

	/**
	 * The contract at {@code path} (e.g. {@code ../openapi/licensing.yaml}), against a
	 * base URL.
	 */
	public static ContractFuzz of(Path contract, String baseUrl) throws IOException {
		try (InputStream in = Files.newInputStream(contract)) {
			return new ContractFuzz(new Yaml().load(in), baseUrl);
		}
	}

	/** One fuzzed request and what it got. */
	public record Finding(String operationId, String caseName, int status, String contentType, String body) {

		@Override
		public String toString() {
			return this.operationId + " [" + this.caseName + "] → " + this.status + " " + this.contentType + " "
					+ this.body.substring(0, Math.min(200, this.body.length()));
		}

	}

	/** The outcome of a run. */
	public record Report(int operations, int requests, List<Finding> findings, List<String> unreachable) {
	}

	/**
	 * Fuzzes every operation.
	 * @param callers the callers to try, in order, as bearer tokens (null for anonymous);
	 * for each operation the first whose plain request is not answered 401/403 is the one
	 * the fuzzed requests are sent as, so they reach validation
	 */
	public Report run(List<String> callers) {
		List<Finding> findings = new ArrayList<>();
		List<String> unreachable = new ArrayList<>();
		int operations = 0;
		int requests = 0;
		for (Operation operation : operations()) {
			operations++;
			Request plain = operation.plain(this::example);
			String caller = null;
			boolean reached = false;
			for (String candidate : callers) {
				Answer answer = send(plain.withBody(operation.truncatedBody(this::example)), candidate);
				requests++;
				if (answer.status() != 401 && answer.status() != 403) {
					caller = candidate;
					reached = true;
					break;
				}
			}
			if (!reached) {
				unreachable.add(operation.id());
				continue;
			}
			for (Map.Entry<String, Request> fuzzed : operation.cases(this::example).entrySet()) {
				Answer answer = send(fuzzed.getValue(), caller);
				requests++;
				boolean problem = answer.contentType() != null
						&& answer.contentType().startsWith("application/problem+json");
				if (answer.status() < 400 || answer.status() >= 500 || !problem) {
					findings.add(new Finding(operation.id(), fuzzed.getKey(), answer.status(),
							String.valueOf(answer.contentType()), answer.body()));
				}
			}
		}
		return new Report(operations, requests, findings, unreachable);
	}

	private record Answer(int status, String contentType, String body) {
	}

	private Answer send(Request request, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + request.pathAndQuery()))
			.timeout(Duration.ofSeconds(30));
		request.headers().forEach(builder::header);
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		if (request.body() != null) {
			builder.header("Content-Type", request.contentType());
		}
		builder.method(request.method(), (request.body() != null)
				? HttpRequest.BodyPublishers.ofByteArray(request.body()) : HttpRequest.BodyPublishers.noBody());
		try {
			HttpResponse<String> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
					response.body());
		}
		catch (IOException ex) {
			return new Answer(-1, null, "no answer: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// ---- the contract
	// ------------------------------------------------------------------

	@SuppressWarnings("unchecked")
	private List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		Map<String, Object> paths = (Map<String, Object>) this.document.get("paths");
		for (Map.Entry<String, Object> path : paths.entrySet()) {
			Map<String, Object> item = (Map<String, Object>) path.getValue();
			List<Object> shared = (List<Object>) item.getOrDefault("parameters", List.of());
			for (String method : List.of("get", "post", "put", "patch", "delete")) {
				Map<String, Object> op = (Map<String, Object>) item.get(method);
				if (op == null) {
					continue;
				}
				List<Map<String, Object>> parameters = new ArrayList<>();
				for (Object p : shared) {
					parameters.add(resolve((Map<String, Object>) p));
				}
				for (Object p : (List<Object>) op.getOrDefault("parameters", List.of())) {
					parameters.add(resolve((Map<String, Object>) p));
				}
				Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
				if (body != null) {
					body = resolve(body);
				}
				operations.add(new Operation((String) op.get("operationId"), method.toUpperCase(), path.getKey(),
						parameters, body, this));
			}
		}
		return operations;
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> resolve(Map<String, Object> node) {
		Map<String, Object> current = node;
		while (current != null && current.containsKey("$ref")) {
			Object target = this.document;
			for (String part : ((String) current.get("$ref")).substring(2).split("/")) {
				target = ((Map<String, Object>) target).get(part);
			}
			current = (Map<String, Object>) target;
		}
		return current;
	}

	/** A plausible value of the schema (example, first enum value, minimum, …). */
	@SuppressWarnings("unchecked")
	Object example(Map<String, Object> schema) {
		return example(resolve(schema), 0);
	}

	@SuppressWarnings("unchecked")
	private Object example(Map<String, Object> schema, int depth) {
		schema = resolve(schema);
		if (schema == null || depth > 6) {
			return null;
		}
		if (schema.containsKey("example")) {
			return schema.get("example");
		}
		if (schema.containsKey("allOf")) {
			Map<String, Object> merged = new LinkedHashMap<>();
			for (Object part : (List<Object>) schema.get("allOf")) {
				Object value = example((Map<String, Object>) part, depth + 1);
				if (value instanceof Map<?, ?> map) {
					merged.putAll((Map<String, Object>) map);
				}
				else if (value != null) {
					return value;
				}
			}
			return merged;
		}
		for (String choice : List.of("oneOf", "anyOf")) {
			if (schema.containsKey(choice)) {
				return example((Map<String, Object>) ((List<Object>) schema.get(choice)).get(0), depth + 1);
			}
		}
		if (schema.containsKey("enum")) {
			return ((List<Object>) schema.get("enum")).get(0);
		}
		String type = String.valueOf(schema.get("type"));
		String format = String.valueOf(schema.get("format"));
		switch (type) {
			case "integer", "number":
				return (schema.get("minimum") != null) ? schema.get("minimum") : 1;
			case "boolean":
				return true;
			case "array": {
				Object item = example((Map<String, Object>) schema.get("items"), depth + 1);
				return (item != null) ? List.of(item) : List.of();
			}
			case "object", "null": {
				Map<String, Object> object = new LinkedHashMap<>();
				Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
				for (Map.Entry<String, Object> property : properties.entrySet()) {
					Map<String, Object> propertySchema = resolve((Map<String, Object>) property.getValue());
					if (propertySchema != null && !Boolean.TRUE.equals(propertySchema.get("readOnly"))) {
						object.put(property.getKey(), example(propertySchema, depth + 1));
					}
				}
				return object;
			}
			default:
				return switch (format) {
					case "uuid" -> UUID.randomUUID().toString();
					case "date" -> "2999-12-30";
					case "date-time" -> "2999-12-30T10:00:00Z";
					case "binary" -> "%PDF-1.4\n";
					default -> "fuzz";
				};
		}
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Builds the requests of one operation. */
	record Operation(String id, String method, String path, List<Map<String, Object>> parameters,
			Map<String, Object> body, ContractFuzz contract) {

		Request plain(Function<Map<String, Object>, Object> example) {
			return request(Map.of(), null, null, example).withBody(plainBody(example));
		}

		Body truncatedBody(Function<Map<String, Object>, Object> example) {
			Body plain = plainBody(example);
			if (plain == null) {
				return null;
			}
			return new Body(plain.contentType(), java.util.Arrays.copyOf(plain.bytes(), plain.bytes().length / 2));
		}

		@SuppressWarnings("unchecked")
		Map<String, Request> cases(Function<Map<String, Object>, Object> example) {
			Map<String, Request> cases = new LinkedHashMap<>();
			Body plainBody = plainBody(example);
			for (Map<String, Object> parameter : this.parameters) {
				String in = (String) parameter.get("in");
				if (!"query".equals(in) && !"path".equals(in)) {
					continue;
				}
				String name = (String) parameter.get("name");
				Map<String, Object> schema = this.contract.resolve((Map<String, Object>) parameter.get("schema"));
				for (Map.Entry<String, String> bad : badParameterValues(schema).entrySet()) {
					cases.put(in + " " + name + ": " + bad.getKey(),
							request(Map.of(name, bad.getValue()), null, null, example).withBody(plainBody));
				}
			}
			if (this.body == null) {
				return cases;
			}
			Map<String, Object> content = (Map<String, Object>) this.body.get("content");
			if (content.containsKey("application/json")) {
				Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) content
					.get("application/json")).get("schema");
				Object value = this.contract.example(schema);
				for (Map.Entry<String, Object> bad : mutations(value, "", this.contract.resolve(schema)).entrySet()) {
					cases.put("body " + bad.getKey(), request(Map.of(), null, null, example).withBody(
							new Body("application/json", bad.getValue().toString().getBytes(StandardCharsets.UTF_8))));
				}
				cases.put("body truncated", request(Map.of(), null, null, example).withBody(truncatedBody(example)));
			}
			else if (content.containsKey("multipart/form-data")) {
				Map<String, Object> schema = this.contract.resolve(
						(Map<String, Object>) ((Map<String, Object>) content.get("multipart/form-data")).get("schema"));
				Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
				for (String field : properties.keySet()) {
					Map<String, Object> fieldSchema = this.contract
						.resolve((Map<String, Object>) properties.get(field));
					if ("binary".equals(fieldSchema.get("format"))) {
						continue;
					}
					Object value = this.contract.example(fieldSchema);
					Map<String, Object> mutated = "object".equals(fieldSchema.get("type"))
							? mutations(value, field, fieldSchema) : Map.of(field + ": NUL", "a\u0000b");
					for (Map.Entry<String, Object> bad : mutated.entrySet()) {
						Map<String, String> parts = multipartValues(properties, example);
						parts.put(field, bad.getValue().toString());
						cases.put("form " + bad.getKey(),
								request(Map.of(), null, null, example).withBody(multipart(parts, properties)));
					}
				}
				cases.put("form truncated", request(Map.of(), null, null, example).withBody(truncatedBody(example)));
			}
			return cases;
		}

		private Map<String, String> badParameterValues(Map<String, Object> schema) {
			Map<String, String> bad = new LinkedHashMap<>();
			String type = String.valueOf(schema.get("type"));
			String format = String.valueOf(schema.get("format"));
			bad.put("NUL", "a%00b");
			bad.put("control character", "a%07b");
			if ("integer".equals(type) || "number".equals(type)) {
				bad.put("huge number", "99999999999999999999999");
				bad.put("negative huge number", "-99999999999999999999999");
			}
			else if ("date".equals(format) || "date-time".equals(format)) {
				bad.put("far future", "%2B999999999-12-31");
				bad.put("far past", "-999999999-01-01");
			}
			else if (schema.containsKey("enum")) {
				bad.put("unknown enum", "NOT_A_VALUE");
			}
			else if (schema.containsKey("maxLength") || schema.containsKey("pattern") || "uuid".equals(format)) {
				bad.put("long string", LONG_PARAMETER);
			}
			return bad;
		}

		/**
		 * Each leaf of the JSON value made bad in turn: the whole document per mutation.
		 */
		@SuppressWarnings("unchecked")
		private Map<String, Object> mutations(Object value, String prefix, Map<String, Object> schema) {
			Map<String, Object> out = new LinkedHashMap<>();
			collect(value, schema, prefix, value, out, new ArrayList<>());
			return out;
		}

		@SuppressWarnings("unchecked")
		private void collect(Object root, Map<String, Object> schema, String name, Object node, Map<String, Object> out,
				List<Object> path) {
			schema = this.contract.resolve(schema);
			if (node instanceof Map<?, ?> map) {
				Map<String, Object> properties = propertiesOf(schema);
				for (Object key : new ArrayList<>(map.keySet())) {
					List<Object> next = new ArrayList<>(path);
					next.add(key);
					collect(root, (Map<String, Object>) properties.getOrDefault(key, Map.of()),
							(name.isEmpty() ? "" : name + ".") + key, map.get(key), out, next);
				}
				return;
			}
			if (node instanceof List<?> list && !list.isEmpty()) {
				List<Object> next = new ArrayList<>(path);
				next.add(0);
				collect(root, (Map<String, Object>) schema.getOrDefault("items", Map.of()), name + "[0]", list.get(0),
						out, next);
				return;
			}
			Map<String, Object> bad = new LinkedHashMap<>();
			String format = String.valueOf(schema.get("format"));
			if (node instanceof String) {
				bad.put("NUL", "a\u0000b");
				bad.put("control character", "a\u001bb");
				if ("date".equals(format)) {
					bad.put("far future", "+999999999-12-31");
				}
				else if ("date-time".equals(format)) {
					bad.put("far future", "+999999999-12-31T00:00:00Z");
				}
				else if (schema.containsKey("enum")) {
					bad.put("unknown enum", "NOT_A_VALUE");
				}
				else {
					bad.put("huge string", HUGE);
				}
			}
			else if (node instanceof Number) {
				bad.put("huge number", new java.math.BigDecimal("1e400"));
				bad.put("negative huge number", new java.math.BigDecimal("-99999999999999999999999"));
			}
			for (Map.Entry<String, Object> entry : bad.entrySet()) {
				out.put(name + ": " + entry.getKey(), json(replace(root, path, entry.getValue())));
			}
		}

		@SuppressWarnings("unchecked")
		private Map<String, Object> propertiesOf(Map<String, Object> schema) {
			Map<String, Object> properties = new LinkedHashMap<>();
			if (schema == null) {
				return properties;
			}
			properties.putAll((Map<String, Object>) schema.getOrDefault("properties", Map.of()));
			for (Object part : (List<Object>) schema.getOrDefault("allOf", List.of())) {
				properties.putAll(propertiesOf(this.contract.resolve((Map<String, Object>) part)));
			}
			return properties;
		}

		@SuppressWarnings("unchecked")
		private static Object replace(Object node, List<Object> path, Object value) {
			if (path.isEmpty()) {
				return value;
			}
			Object key = path.get(0);
			List<Object> rest = path.subList(1, path.size());
			if (node instanceof Map<?, ?> map) {
				Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
				copy.put((String) key, replace(map.get(key), rest, value));
				return copy;
			}
			List<Object> copy = new ArrayList<>((List<Object>) node);
			copy.set((Integer) key, replace(copy.get((Integer) key), rest, value));
			return copy;
		}

		@SuppressWarnings("unchecked")
		private Body plainBody(Function<Map<String, Object>, Object> example) {
			if (this.body == null) {
				return null;
			}
			Map<String, Object> content = (Map<String, Object>) this.body.get("content");
			if (content.containsKey("application/json")) {
				Object value = example
					.apply((Map<String, Object>) ((Map<String, Object>) content.get("application/json")).get("schema"));
				return new Body("application/json", json(value).getBytes(StandardCharsets.UTF_8));
			}
			if (content.containsKey("multipart/form-data")) {
				Map<String, Object> schema = this.contract.resolve(
						(Map<String, Object>) ((Map<String, Object>) content.get("multipart/form-data")).get("schema"));
				Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
				return multipart(multipartValues(properties, example), properties);
			}
			return null;
		}

		@SuppressWarnings("unchecked")
		private Map<String, String> multipartValues(Map<String, Object> properties,
				Function<Map<String, Object>, Object> example) {
			Map<String, String> values = new LinkedHashMap<>();
			properties.forEach((field, schema) -> {
				Object value = example.apply((Map<String, Object>) schema);
				values.put(field, (value instanceof String s) ? s : json(value));
			});
			return values;
		}

		/** Text and JSON parts first, files last, as the platform's forms send them. */
		@SuppressWarnings("unchecked")
		private Body multipart(Map<String, String> values, Map<String, Object> properties) {
			String boundary = "fuzz" + UUID.randomUUID().toString().replace("-", "");
			StringBuilder text = new StringBuilder();
			StringBuilder files = new StringBuilder();
			values.forEach((field, value) -> {
				Map<String, Object> schema = this.contract.resolve((Map<String, Object>) properties.get(field));
				boolean file = "binary".equals(schema.get("format"));
				boolean object = "object".equals(schema.get("type"));
				StringBuilder into = file ? files : text;
				into.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field);
				into.append(file ? "\"; filename=\"fuzz.pdf\"\r\nContent-Type: application/octet-stream" : object
						? "\"\r\nContent-Type: application/json" : "\"\r\nContent-Type: text/plain; charset=UTF-8");
				into.append("\r\n\r\n").append(value).append("\r\n");
			});
			String form = text.toString() + files + "--" + boundary + "--\r\n";
			return new Body("multipart/form-data; boundary=" + boundary, form.getBytes(StandardCharsets.UTF_8));
		}

		@SuppressWarnings("unchecked")
		private Request request(Map<String, String> rawOverrides, String contentType, byte[] body,
				Function<Map<String, Object>, Object> example) {
			String path = this.path;
			StringBuilder query = new StringBuilder();
			Map<String, String> headers = new LinkedHashMap<>();
			for (Map<String, Object> parameter : this.parameters) {
				String name = (String) parameter.get("name");
				String in = (String) parameter.get("in");
				Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
				String value = rawOverrides.containsKey(name) ? rawOverrides.get(name)
						: encode(String.valueOf(example.apply(schema)));
				switch (in) {
					case "path" -> path = path.replace("{" + name + "}", value);
					case "query" -> {
						if (Boolean.TRUE.equals(parameter.get("required")) || rawOverrides.containsKey(name)) {
							query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
						}
					}
					case "header" -> {
						if ("Idempotency-Key".equalsIgnoreCase(name)) {
							headers.put(name, UUID.randomUUID().toString());
						}
					}
					default -> {
					}
				}
			}
			return new Request(this.method, path + query, headers, contentType, body);
		}

	}

	record Body(String contentType, byte[] bytes) {
	}

	record Request(String method, String pathAndQuery, Map<String, String> headers, String contentType, byte[] body) {

		Request withBody(Body body) {
			return (body != null)
					? new Request(this.method, this.pathAndQuery, this.headers, body.contentType(), body.bytes())
					: this;
		}

	}

}
