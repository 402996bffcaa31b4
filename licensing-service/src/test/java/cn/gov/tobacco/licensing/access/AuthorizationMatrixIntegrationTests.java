package cn.gov.tobacco.licensing.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.access.MatrixFixtures.Side;
import cn.gov.tobacco.licensing.access.MatrixScenarios.Call;
import cn.gov.tobacco.licensing.access.MatrixScenarios.Scenario;
import cn.gov.tobacco.testing.AuthorizationMatrix;
import cn.gov.tobacco.testing.OidcLogin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix of issue 11 point 5: every operation of
 * {@code openapi/licensing.yaml} is called as every role (a demo account each, signed in
 * at the real issuer; the complaints service's client for SERVICE; no token for
 * ANONYMOUS) on its own data, another owner's and another jurisdiction's (see
 * {@link MatrixFixtures}), and the status must be the one in
 * {@code src/test/resources/authorization/licensing-matrix.csv}. An operation of the
 * contract without a row, or a row without an operation, fails the build; so does a
 * status the contract does not declare for the operation, and a refusal that is not
 * problem+json. The observed table is written to
 * {@code target/authorization-matrix-observed.csv}.
 */
@LicensingIntegrationTest
class AuthorizationMatrixIntegrationTests {

	static final Path CONTRACT = AuthorizationMatrix.contract("licensing.yaml");

	static final String TABLE = "/authorization/licensing-matrix.csv";

	/** The columns of the table and who plays each role. */
	static final Map<String, String> ROLES = new LinkedHashMap<>();
	static {
		ROLES.put("ANONYMOUS", null);
		ROLES.put("RETAILER", "retailer.xihu");
		ROLES.put("CITIZEN", "citizen");
		ROLES.put("HOTLINE_AGENT", "agent");
		ROLES.put("CLERK", "clerk.xihu");
		ROLES.put("INSPECTOR", "inspector.xihu");
		ROLES.put("APPROVER", "approver");
		ROLES.put("HANDLER", "handler.xihu");
		ROLES.put("SUPERVISOR", "supervisor");
		ROLES.put("ADMIN", "admin");
		ROLES.put("SERVICE", null);
	}

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Test
	void everyOperationOfTheContractHasARowAndAScenario() throws IOException {
		Set<String> contract = contract().keySet();
		Set<String> table = table().keySet();
		Set<String> scenarios = new MatrixScenarios(null).all().keySet();
		assertThat(new TreeSet<>(table)).as("rows of %s", TABLE).isEqualTo(new TreeSet<>(contract));
		assertThat(new TreeSet<>(scenarios)).as("scenarios").isEqualTo(new TreeSet<>(contract));
	}

	@Test
	void everyRoleGetsWhatTheTableSaysOnEveryOperation() throws IOException {
		Map<String, Set<String>> declared = contract();
		Map<String, Map<String, List<Integer>>> table = table();
		Map<String, Scenario> scenarios = new MatrixScenarios(new MatrixFixtures(new Fixtures(this.http), this.db))
			.all();
		AuthorizationMatrix.Findings findings = new AuthorizationMatrix.Findings(ROLES.keySet());
		for (Map.Entry<String, Map<String, List<Integer>>> row : table.entrySet()) {
			String operation = row.getKey();
			Scenario scenario = scenarios.get(operation);
			if (scenario == null) {
				findings.problem(operation + ": no scenario");
				continue;
			}
			List<Side> sides = scenario.sided() ? List.of(Side.values()) : List.of(Side.OWN);
			Map<Side, Call> prepared = new HashMap<>();
			for (Side side : sides) {
				for (String role : ROLES.keySet()) {
					if (role.equals("ANONYMOUS") && side != Side.OWN) {
						continue;
					}
					Call call = prepared.computeIfAbsent(side, scenario.prepare());
					EntityExchangeResult<byte[]> result = exchange(role, call);
					int status = result.getStatus().value();
					findings.answer(operation, role, side, status, isProblem(result), body(result));
					if (status >= 200 && status < 300 && !call.method().equals("GET")) {
						// the data changed: the next role gets fresh data
						prepared.remove(side);
					}
				}
			}
			findings.endRow(operation, row.getValue(), declared.get(operation));
		}
		assertThat(findings.problems())
			.as("authorization matrix (observed table in target/authorization-matrix-observed.csv)")
			.isEmpty();
	}

	private EntityExchangeResult<byte[]> exchange(String role, Call call) {
		WebTestClient.RequestBodySpec spec = this.http.method(HttpMethod.valueOf(call.method())).uri(call.path());
		String token = token(role);
		if (token != null) {
			spec = spec.headers((h) -> h.setBearerAuth(token));
		}
		WebTestClient.RequestHeadersSpec<?> request = spec;
		if (call.photoKind() != null) {
			MultipartBodyBuilder body = new MultipartBodyBuilder();
			body.part("kind", call.photoKind());
			body.part("file", new ByteArrayResource(Fixtures.image("jpg")) {
				@Override
				public String getFilename() {
					return "photo.jpg";
				}
			}).contentType(MediaType.APPLICATION_OCTET_STREAM);
			request = spec.body(BodyInserters.fromMultipartData(body.build()));
		}
		else if (call.uploadType() != null) {
			MultipartBodyBuilder body = new MultipartBodyBuilder();
			body.part("documentType", call.uploadType());
			body.part("file", new ByteArrayResource(
					"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n trailer".getBytes(StandardCharsets.ISO_8859_1)) {
				@Override
				public String getFilename() {
					return "scan.pdf";
				}
			}).contentType(MediaType.APPLICATION_OCTET_STREAM);
			request = spec.body(BodyInserters.fromMultipartData(body.build()));
		}
		else if (call.raw() != null) {
			request = spec.contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(call.raw());
		}
		else if (call.json() != null) {
			request = spec.contentType(MediaType.APPLICATION_JSON).bodyValue(call.json());
		}
		return request.exchange().expectBody(byte[].class).returnResult();
	}

	private String serviceToken;

	private String token(String role) {
		if (role.equals("SERVICE")) {
			if (this.serviceToken == null) {
				this.serviceToken = OidcLogin.forIssuer()
					.clientCredentials("complaints-hotline",
							System.getProperty("complaints.client.secret", "complaints-local-secret"));
			}
			return this.serviceToken;
		}
		String user = ROLES.get(role);
		return (user != null) ? DemoUsers.token(user) : null;
	}

	private static boolean isProblem(EntityExchangeResult<byte[]> result) {
		MediaType type = result.getResponseHeaders().getContentType();
		return type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static byte[] body(EntityExchangeResult<byte[]> result) {
		byte[] body = result.getResponseBody();
		return (body != null) ? body : new byte[0];
	}

	/** operationId → the response codes the contract declares for it. */
	static Map<String, Set<String>> contract() throws IOException {
		return AuthorizationMatrix.operations(CONTRACT);
	}

	/** operation → role → the expected statuses (one for all sides, or one per side). */
	static Map<String, Map<String, List<Integer>>> table() throws IOException {
		try (InputStream in = AuthorizationMatrixIntegrationTests.class.getResourceAsStream(TABLE)) {
			return AuthorizationMatrix.table(in, TABLE, List.copyOf(ROLES.keySet()));
		}
	}

}
