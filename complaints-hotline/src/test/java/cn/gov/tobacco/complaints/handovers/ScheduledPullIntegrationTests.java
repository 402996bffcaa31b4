package cn.gov.tobacco.complaints.handovers;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

/** With a pull interval configured, hand-overs come in without anyone asking. */
@TestPropertySource(properties = "complaints.hotline12345.pull-interval=1s")
class ScheduledPullIntegrationTests extends IntegrationTestSupport {

	private static final WireMockServer exchange12345 = new WireMockServer(options().port(18345));

	@Autowired
	DatabaseClient db;

	@BeforeAll
	static void start() {
		exchange12345.start();
	}

	@AfterAll
	static void stop() {
		exchange12345.stop();
	}

	@Test
	void waitingHandOversArePulledOnSchedule() {
		String handover = "12345-" + Reports.unique();
		exchange12345.stubFor(get(urlPathEqualTo("/exchange/v1/handovers")).willReturn(okJson("""
				{"items":[{"id":"%s","kind":"CONSULTATION","category":"LICENSING","divisionCode":"330106",
				 "address":"文一路%s号","content":"市民来电咨询：办理烟草专卖零售许可证需要哪些材料？"}]}""".formatted(handover,
				Reports.unique()))));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.db.sql("SELECT count(*) FROM cases WHERE external_ref = :ref")
				.bind("ref", handover)
				.map((row, meta) -> row.get(0, Long.class))
				.one()
				.block() == 1L);
	}

}
