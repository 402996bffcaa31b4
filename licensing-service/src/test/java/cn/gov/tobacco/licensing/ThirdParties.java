package cn.gov.tobacco.licensing;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The third-party systems, faked with WireMock once per test JVM before the application
 * starts: the SMS gateway, the market-regulation business registry, the geocoder and the
 * event subscribers ({@code /events/<subscriber>}). By default all answer; tests add
 * stubs of higher priority for failures.
 */
public class ThirdParties implements BeforeAllCallback {

	private static WireMockServer server;

	@Override
	public void beforeAll(ExtensionContext context) {
		server();
	}

	public static synchronized WireMockServer server() {
		if (server == null) {
			server = new WireMockServer(options().dynamicPort());
			server.start();
			server.stubFor(post(urlPathEqualTo("/v1/messages")).atPriority(10)
				.willReturn(aResponse().withStatus(202)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"messageId\":\"sms-1\"}")));
			server.stubFor(get(urlPathMatching("/v1/business-licenses/.*")).atPriority(10)
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"status\":\"ACTIVE\"}")));
			server.stubFor(get(urlPathEqualTo("/v1/geocode")).atPriority(10)
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"status\":\"ZERO_RESULTS\",\"results\":[]}")));
			// Every event subscriber: complaints' license directory and the third-party
			// receivers, each on its own path.
			server.stubFor(post(urlPathMatching("/events/.*")).atPriority(10).willReturn(aResponse().withStatus(202)));
			String base = "http://localhost:" + server.port();
			System.setProperty("licensing.sms.base-url", base);
			System.setProperty("licensing.registry.base-url", base);
			System.setProperty("licensing.geocoder.base-url", base);
			// the placeholders of platform.events.subscribers (an indexed override would
			// replace the whole list)
			System.setProperty("COMPLAINTS_EVENTS_URL", base + "/events/complaints");
			System.setProperty("SUPERVISION_EVENTS_URL", base + "/events/supervision");
			System.setProperty("CREDIT_PLATFORM_EVENTS_URL", base + "/events/credit-platform");
			System.setProperty("OPS_ALERTS_EVENTS_URL", base + "/events/ops-alerts");
			System.setProperty("ECIG_PLATFORM_URL", base + "/ecig-platform");
			// the e-cigarette trading platform's account requests (CloudEvents)
			server.stubFor(post(urlPathEqualTo("/ecig-platform/v1/account-events")).atPriority(10)
				.willReturn(aResponse().withStatus(202)));
		}
		return server;
	}

}
