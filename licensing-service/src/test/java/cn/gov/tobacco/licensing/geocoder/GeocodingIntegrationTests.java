package cn.gov.tobacco.licensing.geocoder;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.ThirdParties;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 point 1: the retailer finds the shop's place from the typed address; the
 * geocoder is a third party (WireMock here, the stand-in in the local run).
 */
@LicensingIntegrationTest
class GeocodingIntegrationTests {

	@Autowired
	WebTestClient http;

	WireMockServer geocoder = ThirdParties.server();

	@AfterEach
	void removeStubs() {
		this.geocoder.removeStubsByMetadata(
				com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.test", equalTo("geocoding")));
	}

	@Test
	void anAddressTheGeocoderKnowsGivesPlacesWithCoordinatesAndDivision() {
		stub("文三路", 200, """
				{"status":"OK","results":[
				 {"formattedAddress":"浙江省杭州市西湖区文三路100号","divisionCode":"330106",
				  "location":{"latitude":30.2772,"longitude":120.1425},"precision":"HOUSE_NUMBER"},
				 {"formattedAddress":"somewhere broken","location":{"latitude":300,"longitude":1}},
				 {"formattedAddress":"浙江省杭州市西湖区文三路","divisionCode":"3301060",
				  "location":{"latitude":30.28,"longitude":120.13}}]}
				""");
		geocode("retailer.xihu", "文三路100号").expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.noStore().cachePrivate())
			.expectBody()
			.jsonPath("$.results.length()")
			.isEqualTo(2)
			.jsonPath("$.results[0].formattedAddress")
			.isEqualTo("浙江省杭州市西湖区文三路100号")
			.jsonPath("$.results[0].divisionCode")
			.isEqualTo("330106")
			.jsonPath("$.results[0].latitude")
			.isEqualTo(30.2772)
			.jsonPath("$.results[0].longitude")
			.isEqualTo(120.1425)
			.jsonPath("$.results[0].precision")
			.isEqualTo("HOUSE_NUMBER")
			// a division code that is not six digits is dropped, not passed on
			.jsonPath("$.results[1].divisionCode")
			.doesNotExist();
		this.geocoder
			.verify(getRequestedFor(urlPathEqualTo("/v1/geocode")).withQueryParam("address", equalTo("文三路100号")));
	}

	@Test
	void anUnknownAddressIsAnEmptyList() {
		geocode("retailer.xihu", "不存在的地址").expectStatus().isOk().expectBody().jsonPath("$.results").isEmpty();
	}

	@Test
	void aGeocoderThatIsDownIsA503ProblemThatNamesNoHost() {
		stub("断线", 503, "{}");
		String body = geocode("retailer.xihu", "断线路1号").expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("/problems/dependency-unavailable")
			.contains("地址定位服务暂不可用")
			.doesNotContain("localhost")
			.doesNotContain(String.valueOf(this.geocoder.port()))
			.doesNotContain("Exception");
	}

	@Test
	void onlyRetailersMayAskAndTheAddressIsChecked() {
		geocode("clerk.xihu", "文三路100号").expectStatus().isForbidden();
		geocode("retailer.xihu", "x").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		geocode("retailer.xihu", "路".repeat(121)).expectStatus().isBadRequest();
	}

	private void stub(String contains, int status, String body) {
		this.geocoder.stubFor(get(urlPathEqualTo("/v1/geocode"))
			.withQueryParam("address", com.github.tomakehurst.wiremock.client.WireMock.containing(contains))
			.atPriority(1)
			.withMetadata(java.util.Map.of("test", "geocoding"))
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
	}

	private WebTestClient.ResponseSpec geocode(String user, String address) {
		return this.http.get()
			.uri((uri) -> uri.path("/api/licensing/geocode").queryParam("address", "{a}").build(address))
			.headers((h) -> h.setBearerAuth(DemoUsers.token(user)))
			.exchange();
	}

}
