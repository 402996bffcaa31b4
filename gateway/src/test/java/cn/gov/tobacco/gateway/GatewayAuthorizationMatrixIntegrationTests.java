package cn.gov.tobacco.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.testing.AuthorizationMatrix;
import cn.gov.tobacco.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix of the gateway's own endpoints: every operation of
 * {@code openapi/gateway.yaml} is called without a token and with an access token of each
 * role, and the status must be the one in
 * {@code src/test/resources/authorization/gateway-matrix.csv}. An operation without a
 * row, or a row without an operation, fails the build; so does a status the contract does
 * not declare, and a refusal that is not problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayAuthorizationMatrixIntegrationTests {

	static final Path CONTRACT = AuthorizationMatrix.contract("gateway.yaml");

	static final String TABLE = "/authorization/gateway-matrix.csv";

	static final List<String> ROLES = List.of("ANONYMOUS", "CITIZEN", "RETAILER", "HOTLINE_AGENT", "CLERK", "INSPECTOR",
			"APPROVER", "HANDLER", "SUPERVISOR", "ADMIN", "SERVICE");

	/** How to call each operation of the contract. */
	static final Map<String, String> PATHS = Map.of("currentUser", "/api/me", "currentSession", "/api/session");

	static final EchoBackend backend = EchoBackend.start();

	static final TestIssuer issuer = TestIssuer.start();

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("IDENTITY_ISSUER", () -> issuer.issuer().toString());
		registry.add("LICENSING_URI", backend::uri);
		registry.add("COMPLAINTS_URI", backend::uri);
	}

	@AfterAll
	static void stop() {
		issuer.close();
	}

	@LocalServerPort
	int port;

	@Test
	void everyOperationOfTheContractHasARowAndAPath() throws IOException {
		Set<String> contract = AuthorizationMatrix.operations(CONTRACT).keySet();
		assertThat(new TreeSet<>(table().keySet())).as("rows of %s", TABLE).isEqualTo(new TreeSet<>(contract));
		assertThat(new TreeSet<>(PATHS.keySet())).as("paths").isEqualTo(new TreeSet<>(contract));
	}

	@Test
	void everyRoleGetsWhatTheTableSaysOnEveryOperation() throws IOException {
		backend.reset();
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		Map<String, Set<String>> declared = AuthorizationMatrix.operations(CONTRACT);
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, Map<String, List<Integer>>> row : table().entrySet()) {
			String operation = row.getKey();
			for (String role : ROLES) {
				WebTestClient.RequestHeadersSpec<?> request = client.get().uri(PATHS.get(operation));
				if (!role.equals("ANONYMOUS")) {
					String subject = role.toLowerCase() + ".matrix";
					request = request.header(HttpHeaders.AUTHORIZATION,
							"Bearer " + issuer.accessToken(subject, List.of(role)));
				}
				EntityExchangeResult<byte[]> result = request.exchange().expectBody(byte[].class).returnResult();
				int status = result.getStatus().value();
				List<Integer> expected = row.getValue().get(role);
				if (!AuthorizationMatrix.matches(expected, List.of(status))) {
					problems.add(operation + " " + role + ": expected " + AuthorizationMatrix.cell(expected)
							+ " but was " + status);
				}
				if (!declared.get(operation).contains(String.valueOf(status))) {
					problems.add(operation + " " + role + ": " + status + " is not declared in the contract");
				}
				MediaType type = result.getResponseHeaders().getContentType();
				if (status >= 400 && (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))) {
					problems.add(operation + " " + role + ": " + status + " is not problem+json");
				}
			}
		}
		assertThat(problems).as("gateway authorization matrix").isEmpty();
		assertThat(backend.last()).as("the gateway answers its own endpoints itself").isNull();
	}

	static Map<String, Map<String, List<Integer>>> table() throws IOException {
		try (InputStream in = GatewayAuthorizationMatrixIntegrationTests.class.getResourceAsStream(TABLE)) {
			return AuthorizationMatrix.table(in, TABLE, ROLES);
		}
	}

}
