package cn.gov.tobacco.licensing.audit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.ThirdParties;
import cn.gov.tobacco.platform.outbox.CloudEventSignature;
import cn.gov.tobacco.platform.outbox.EventsProperties;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * License events leave the outbox as signed CloudEvents to their subscribers (WireMock
 * stands in for complaints' license directory and the e-supervision platform).
 */
@LicensingIntegrationTest
class LicenseEventsIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	EventsProperties events;

	JsonMapper json = JsonMapper.builder().build();

	@Test
	void anIssuedLicenseReachesTheLicenseDirectoryAsASignedCloudEvent() {
		String licenseNo = new Fixtures(this.http).approvedNew("retailer.xihu");
		LoggedRequest request = await().atMost(Duration.ofSeconds(20))
			.until(() -> delivered("/events/complaints", licenseNo, "LicenseIssued"), (r) -> r != null);

		assertThat(request.getHeader("Content-Type")).startsWith("application/cloudevents+json");
		String secret = this.events.subscribers()
			.stream()
			.filter((s) -> s.name().equals("complaints-license-directory"))
			.findFirst()
			.orElseThrow()
			.secret();
		assertThat(CloudEventSignature.verify(secret, request.getBody(), request.getHeader(CloudEventSignature.HEADER)))
			.isTrue();
		assertThat(CloudEventSignature.verify("another-secret-of-16+", request.getBody(),
				request.getHeader(CloudEventSignature.HEADER)))
			.isFalse();

		JsonNode event = this.json.readTree(request.getBody());
		assertThat(event.get("specversion").asString()).isEqualTo("1.0");
		assertThat(event.get("source").asString()).isEqualTo("/licensing-service");
		assertThat(event.get("type").asString()).isEqualTo("cn.gov.tobacco.licensing.LicenseIssued");
		assertThat(event.get("id").asString()).isNotBlank();
		JsonNode data = event.get("data");
		assertThat(data.get("licenseNo").asString()).isEqualTo(licenseNo);
		assertThat(data.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(data.get("divisionCode").asString()).isEqualTo("330106");
		assertThat(data.hasNonNull("businessName")).isTrue();
		assertThat(data.hasNonNull("address")).isTrue();
		// the operator's personal data never leaves with the event
		assertThat(new String(request.getBody(), StandardCharsets.UTF_8)).doesNotContain("operatorIdNumber")
			.doesNotContain("mobile");

		// the e-supervision platform takes the same event, signed with its own secret
		// (after the license directory answered: the subscribers are sent one after the
		// other)
		LoggedRequest supervision = await().atMost(Duration.ofSeconds(20))
			.until(() -> delivered("/events/supervision", licenseNo, "LicenseIssued"), (r) -> r != null);
		String supervisionSecret = this.events.subscribers()
			.stream()
			.filter((s) -> s.name().equals("e-supervision"))
			.findFirst()
			.orElseThrow()
			.secret();
		assertThat(CloudEventSignature.verify(supervisionSecret, supervision.getBody(),
				supervision.getHeader(CloudEventSignature.HEADER)))
			.isTrue();
	}

	private LoggedRequest delivered(String path, String licenseNo, String type) {
		List<LoggedRequest> requests = ThirdParties.server().findAll(postRequestedFor(urlPathEqualTo(path)));
		return requests.stream().filter((r) -> {
			String body = r.getBodyAsString();
			return body.contains("\"" + licenseNo + "\"") && body.contains("." + type + "\"");
		}).findFirst().orElse(null);
	}

}
