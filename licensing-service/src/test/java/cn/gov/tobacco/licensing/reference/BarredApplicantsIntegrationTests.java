package cn.gov.tobacco.licensing.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.BarLiftingDto;
import cn.gov.tobacco.licensing.api.model.BarredApplicantDto;
import cn.gov.tobacco.licensing.api.model.RevocationRequestDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class BarredApplicantsIntegrationTests {

	static final String BARS = "/api/licensing/admin/barred-applicants";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Test
	void aLiftedBarIsKeptAuditedAndNoLongerFailsTheCheck() {
		Fixtures fx = new Fixtures(this.http);
		String creditCode = Fixtures.creditCode();
		JsonNode bar = bar(fx, new BarredApplicantDto("提供虚假材料", LocalDate.now().plusYears(1)).creditCode(creditCode));
		assertThat(bar.get("state").asString()).isEqualTo("ACTIVE");
		assertThat(bar.get("createdBy").asString()).isEqualTo("admin");
		String barId = bar.get("id").asString();

		String id = fx.create("retailer.xihu", Fixtures.draft("330106", creditCode)).get("id").asString();
		fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		assertThat(barredCheck(fx, id).get("passed").asBoolean()).isFalse();

		String lifting = BARS + "/" + barId + "/lifting";
		fx.send("clerk.xihu", "POST", lifting, new BarLiftingDto("x")).expectStatus().isForbidden();
		fx.send("admin", "POST", lifting, new BarLiftingDto("  ")).expectStatus().isBadRequest();
		fx.send("admin", "POST", BARS + "/" + UUID.randomUUID() + "/lifting", new BarLiftingDto("x"))
			.expectStatus()
			.isNotFound();
		fx.send("admin", "POST", lifting, new BarLiftingDto("行政复议撤销原决定"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("LIFTED")
			.jsonPath("$.liftedBy")
			.isEqualTo("admin")
			.jsonPath("$.liftReason")
			.isEqualTo("行政复议撤销原决定")
			.jsonPath("$.liftedAt")
			.exists();
		fx.send("admin", "POST", lifting, new BarLiftingDto("again"))
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentTypeCompatibleWith("application/problem+json");

		assertThat(barredCheck(fx, id).get("passed").asBoolean()).isTrue();
		assertThat(page(fx, "?creditCode=" + creditCode + "&state=ACTIVE").get("total").asLong()).isZero();
		JsonNode lifted = page(fx, "?creditCode=" + creditCode + "&state=LIFTED");
		assertThat(lifted.get("total").asLong()).isEqualTo(1);
		assertThat(lifted.at("/items/0/reason").asString()).isEqualTo("提供虚假材料");
		assertThat(actions(barId)).containsExactly("BARRED", "LIFTED");
	}

	@Test
	void anEndedBarCannotBeLiftedAndTheStateFilterFindsIt() {
		Fixtures fx = new Fixtures(this.http);
		String idNumber = Fixtures.residentId();
		String ended = bar(fx, new BarredApplicantDto("旧禁入", LocalDate.now().minusDays(2)).idNumber(idNumber)).get("id")
			.asString();
		fx.send("admin", "POST", BARS + "/" + ended + "/lifting", new BarLiftingDto("x")).expectStatus().isEqualTo(409);
		JsonNode expired = page(fx, "?idNumber=" + idNumber + "&state=EXPIRED");
		assertThat(expired.get("total").asLong()).isEqualTo(1);
		assertThat(expired.at("/items/0/state").asString()).isEqualTo("EXPIRED");
		assertThat(page(fx, "?idNumber=" + idNumber + "&state=ACTIVE").get("total").asLong()).isZero();
		fx.send("clerk.xihu", "GET", BARS, null).expectStatus().isForbidden();
		fx.send("admin", "GET", BARS + "?state=GONE", null).expectStatus().isBadRequest();
	}

	@Test
	void theListIsPagedNewestFirstWithTheTrueTotal() {
		Fixtures fx = new Fixtures(this.http);
		String idNumber = Fixtures.residentId();
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			ids.add(bar(fx, new BarredApplicantDto("第 " + i + " 次", LocalDate.now().plusMonths(i)).idNumber(idNumber))
				.get("id")
				.asString());
		}
		JsonNode first = page(fx, "?idNumber=" + idNumber + "&limit=2");
		assertThat(first.get("total").asLong()).isEqualTo(3);
		assertThat(first.findValuesAsString("id")).containsExactly(ids.get(2), ids.get(1));
		JsonNode second = page(fx, "?idNumber=" + idNumber + "&limit=2&cursor=" + first.get("nextCursor").asString());
		assertThat(second.findValuesAsString("id")).containsExactly(ids.get(0));
		assertThat(second.has("nextCursor")).isFalse();
		assertThat(page(fx, "?idNumber=" + idNumber).get("total").asLong()).isEqualTo(3);
	}

	@Test
	void aBarWrittenByARevocationForFraudIsListedWithItsAuthor() {
		Fixtures fx = new Fixtures(this.http);
		String licenseNo = fx.approvedNew("retailer.xihu");
		String creditCode = fx.send("retailer.xihu", "GET", "/api/licensing/licenses/" + licenseNo, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("creditCode")
			.asString();
		fx.send("approver", "POST", "/api/licensing/licenses/" + licenseNo + "/revocation",
				new RevocationRequestDto("提交虚假材料取得许可").fraud(true))
			.expectStatus()
			.isOk();
		JsonNode listed = page(fx, "?creditCode=" + creditCode);
		assertThat(listed.get("total").asLong()).isEqualTo(1);
		assertThat(listed.at("/items/0/createdBy").asString()).isEqualTo("approver");
		assertThat(listed.at("/items/0/state").asString()).isEqualTo("ACTIVE");
		assertThat(listed.at("/items/0/barredUntil").asString())
			.isGreaterThan(LocalDate.now().plusYears(3).minusDays(3).toString());
		assertThat(actions(listed.at("/items/0/id").asString())).containsExactly("BARRED");
	}

	private JsonNode bar(Fixtures fx, BarredApplicantDto bar) {
		return fx.send("admin", "POST", BARS, bar)
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private static JsonNode page(Fixtures fx, String query) {
		return fx.send("admin", "GET", BARS + query, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private List<String> actions(String barId) {
		return this.db
			.sql("select action from audit_log where aggregate_type = 'barred_applicant' and aggregate_id = :id "
					+ "order by seq")
			.bind("id", UUID.fromString(barId))
			.map((row) -> row.get("action", String.class))
			.all()
			.collectList()
			.block();
	}

	private static JsonNode barredCheck(Fixtures fx, String id) {
		for (JsonNode check : fx.send("clerk.xihu", "GET", "/api/licensing/applications/" + id + "/checks", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()) {
			if (check.get("code").asString().equals("BARRED_APPLICANT")) {
				return check;
			}
		}
		throw new AssertionError("no BARRED_APPLICANT check");
	}

}
