package cn.gov.tobacco.complaints.handovers;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

class HandoverIntegrationTests extends IntegrationTestSupport {

	private static final WireMockServer exchange12345 = new WireMockServer(options().port(18345));

	@BeforeAll
	static void start() {
		exchange12345.start();
	}

	@BeforeEach
	void reset() {
		exchange12345.resetAll();
	}

	@AfterAll
	static void stop() {
		exchange12345.stop();
	}

	@Test
	void handedOverCasesArePulledOnceEach() {
		String first = "12345-" + Reports.unique();
		String second = "12345-" + Reports.unique();
		exchange12345.stubFor(get(urlPathEqualTo("/exchange/v1/handovers"))
			.withHeader("Authorization", equalTo("Bearer local-12345-token"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
					{"items":[
					 {"id":"%s","kind":"REPORT","category":"SALES_TO_MINORS","divisionCode":"330106",
					  "address":"学院路%s号 超市","content":"市民来电：该超市向初中生出售香烟，多次发生。",
					  "callerName":"王五","callerPhone":"13700002222"},
					 {"id":"%s","kind":"COMPLAINT","category":"NOT_OURS","divisionCode":"330102",
					  "address":"解放路%s号","content":"市民来电：办证窗口工作人员态度生硬，未一次性告知材料。"}
					]}""".formatted(first, Reports.unique(), second, Reports.unique()))));

		pull().jsonPath("$.received").isEqualTo(2).jsonPath("$.created").isEqualTo(2);
		pull().jsonPath("$.received")
			.isEqualTo(2)
			.jsonPath("$.created")
			.isEqualTo(0)
			.jsonPath("$.alreadyTaken")
			.isEqualTo(2);

		client().get()
			.uri("/api/complaints/cases?limit=5")
			.headers((h) -> h.setBearerAuth(tokenOf("supervisor")))
			.exchange()
			.expectBody()
			.jsonPath("$.items[?(@.channel == 'HOTLINE_12345')]")
			.exists();
	}

	@Test
	void anUnavailableExchangeIsA503AndAHandlerMayNotPull() {
		exchange12345.stubFor(get(urlPathEqualTo("/exchange/v1/handovers")).willReturn(aResponse().withStatus(500)));
		client().post()
			.uri("/api/complaints/handovers/pull")
			.headers((h) -> h.setBearerAuth(tokenOf("supervisor")))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/dependency-unavailable");
		client().post()
			.uri("/api/complaints/handovers/pull")
			.headers((h) -> h.setBearerAuth(tokenOf("handler.xihu")))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec pull() {
		return client().post()
			.uri("/api/complaints/handovers/pull")
			.headers((h) -> h.setBearerAuth(tokenOf("supervisor")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

}
