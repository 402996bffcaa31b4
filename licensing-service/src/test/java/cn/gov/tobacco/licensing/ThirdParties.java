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
 * The two third-party systems, faked with WireMock once per test JVM before the
 * application starts: the SMS gateway and the market-regulation business registry. By
 * default both answer; tests add stubs of higher priority for failures.
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
			String base = "http://localhost:" + server.port();
			System.setProperty("licensing.sms.base-url", base);
			System.setProperty("licensing.registry.base-url", base);
		}
		return server;
	}

}
