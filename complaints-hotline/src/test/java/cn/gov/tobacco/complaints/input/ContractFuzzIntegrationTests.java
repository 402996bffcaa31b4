package cn.gov.tobacco.complaints.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.testing.ContractFuzz;
import cn.gov.tobacco.testing.OidcLogin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 point 9: every operation of {@code openapi/complaints.yaml} fuzzed with NUL
 * and control characters, huge strings, out-of-range numbers and dates, unknown enum
 * values and truncated bodies, sent as the first caller the operation does not refuse (so
 * the input reaches validation). Every answer must be a 4xx problem; a new operation is
 * fuzzed without touching this test.
 */
class ContractFuzzIntegrationTests extends IntegrationTestSupport {

	@LocalServerPort
	private int port;

	@Test
	void everyOperationAnswersBadInputWithA4xxProblemNeverA5xx() throws Exception {
		List<String> callers = new ArrayList<>();
		callers.add(null);
		Arrays.asList("citizen", "agent", "handler.xihu", "supervisor", "admin")
			.forEach((user) -> callers.add(tokenOf(user)));
		callers.add(OidcLogin.forIssuer()
			.clientCredentials("licensing-service",
					System.getenv().getOrDefault("LICENSING_CLIENT_SECRET", "licensing-local-secret")));

		ContractFuzz.Report report = ContractFuzz
			.of(Path.of("../openapi/complaints.yaml"), "http://127.0.0.1:" + this.port)
			.run(callers);

		assertThat(report.operations()).isGreaterThan(20);
		assertThat(report.requests()).isGreaterThan(report.operations() * 3);
		assertThat(report.unreachable()).as("operations no caller could reach").isEmpty();
		assertThat(report.findings()).as("fuzzed requests not answered with a 4xx problem (of %d)", report.requests())
			.isEmpty();
	}

}
