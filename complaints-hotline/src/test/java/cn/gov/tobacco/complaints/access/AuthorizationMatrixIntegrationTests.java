package cn.gov.tobacco.complaints.access;

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

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.access.MatrixFixtures.Side;
import cn.gov.tobacco.complaints.access.MatrixScenarios.Call;
import cn.gov.tobacco.complaints.access.MatrixScenarios.Scenario;
import cn.gov.tobacco.testing.AuthorizationMatrix;
import cn.gov.tobacco.testing.OidcLogin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix of issue 11 point 5 for the complaints hotline: every
 * operation of {@code openapi/complaints.yaml} is called as every role (a demo account
 * each, signed in at the real issuer; the licensing service's client for SERVICE; no
 * token for ANONYMOUS) on a case of handler.xihu's district, of another district of the
 * city and of another city (see {@link MatrixFixtures}), and the status must be the one
 * in {@code src/test/resources/authorization/complaints-matrix.csv}. An operation of the
 * contract without a row, or a row without an operation, fails the build; so does a
 * status the contract does not declare for the operation, and a refusal that is not
 * problem+json. The observed table is written to
 * {@code target/authorization-matrix-observed.csv}.
 */
class AuthorizationMatrixIntegrationTests extends IntegrationTestSupport {

	static final Path CONTRACT = AuthorizationMatrix.contract("complaints.yaml");

	static final String TABLE = "/authorization/complaints-matrix.csv";

	/** The columns of the table and who plays each role. */
	static final Map<String, String> ROLES = new LinkedHashMap<>();
	static {
		ROLES.put("ANONYMOUS", null);
		ROLES.put("CITIZEN", "citizen");
		ROLES.put("RETAILER", "retailer.xihu");
		ROLES.put("HOTLINE_AGENT", "agent");
		ROLES.put("HANDLER", "handler.xihu");
		ROLES.put("SUPERVISOR", "supervisor");
		ROLES.put("INSPECTOR", "inspector.xihu");
		ROLES.put("CLERK", "clerk.xihu");
		ROLES.put("ADMIN", "admin");
		ROLES.put("SERVICE", null);
	}

	/** The 12345 exchange, with nothing to hand over. */
	private static final WireMockServer exchange12345 = new WireMockServer(options().port(18345));

	@BeforeAll
	static void start() {
		exchange12345.start();
		exchange12345.stubFor(get(urlPathEqualTo("/exchange/v1/handovers"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));
	}

	@AfterAll
	static void stop() {
		exchange12345.stop();
	}

	@Autowired
	DatabaseClient db;

	@Test
	void everyOperationOfTheContractHasARowAndAScenario() throws IOException {
		Set<String> contract = AuthorizationMatrix.operations(CONTRACT).keySet();
		Set<String> table = table().keySet();
		Set<String> scenarios = new MatrixScenarios(null).all().keySet();
		assertThat(new TreeSet<>(table)).as("rows of %s", TABLE).isEqualTo(new TreeSet<>(contract));
		assertThat(new TreeSet<>(scenarios)).as("scenarios").isEqualTo(new TreeSet<>(contract));
	}

	@Test
	void everyRoleGetsWhatTheTableSaysOnEveryOperation() throws IOException {
		// every demo user starts with a full caller-history quota
		this.db.sql("DELETE FROM caller_lookups WHERE subject IN ('agent', 'supervisor', 'admin')").then().block();
		Map<String, Set<String>> declared = AuthorizationMatrix.operations(CONTRACT);
		Map<String, Map<String, List<Integer>>> table = table();
		WebTestClient http = client();
		Map<String, Scenario> scenarios = new MatrixScenarios(new MatrixFixtures(http, this.db)).all();
		AuthorizationMatrix.Findings findings = new AuthorizationMatrix.Findings(ROLES.keySet());
		for (Map.Entry<String, Map<String, List<Integer>>> row : table.entrySet()) {
			String operation = row.getKey();
			Scenario scenario = scenarios.get(operation);
			if (scenario == null) {
				findings.problem(operation + ": no scenario");
				continue;
			}
			List<Side> sides = scenario.sided() ? List.of(Side.values()) : List.of(Side.OWN_DISTRICT);
			Map<Side, Call> prepared = new HashMap<>();
			for (Side side : sides) {
				for (String role : ROLES.keySet()) {
					if (role.equals("ANONYMOUS") && side != Side.OWN_DISTRICT) {
						continue;
					}
					Call call = prepared.computeIfAbsent(side, scenario.prepare());
					EntityExchangeResult<byte[]> result = exchange(http, role, call);
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

	private EntityExchangeResult<byte[]> exchange(WebTestClient http, String role, Call call) {
		WebTestClient.RequestBodySpec spec = http.method(HttpMethod.valueOf(call.method())).uri(call.path());
		String token = token(role);
		if (token != null) {
			spec = spec.headers((h) -> h.setBearerAuth(token));
		}
		WebTestClient.RequestHeadersSpec<?> request = spec;
		if (call.report() != null) {
			request = spec.body(BodyInserters.fromMultipartData(MatrixFixtures.report(call.report(), false)));
		}
		else if (call.event() != null) {
			request = spec.contentType(MediaType.parseMediaType("application/cloudevents+json"))
				.header(MatrixScenarios.signatureHeader(), call.signature())
				.bodyValue(call.event().getBytes(StandardCharsets.UTF_8));
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
					.clientCredentials("licensing-service",
							System.getenv().getOrDefault("LICENSING_CLIENT_SECRET", "licensing-local-secret"));
			}
			return this.serviceToken;
		}
		String user = ROLES.get(role);
		return (user != null) ? tokenOf(user) : null;
	}

	private static boolean isProblem(EntityExchangeResult<byte[]> result) {
		MediaType type = result.getResponseHeaders().getContentType();
		return type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static byte[] body(EntityExchangeResult<byte[]> result) {
		byte[] body = result.getResponseBody();
		return (body != null) ? body : new byte[0];
	}

	/** operation → role → the expected statuses (one for all sides, or one per side). */
	static Map<String, Map<String, List<Integer>>> table() throws IOException {
		try (InputStream in = AuthorizationMatrixIntegrationTests.class.getResourceAsStream(TABLE)) {
			return AuthorizationMatrix.table(in, TABLE, List.copyOf(ROLES.keySet()));
		}
	}

}
