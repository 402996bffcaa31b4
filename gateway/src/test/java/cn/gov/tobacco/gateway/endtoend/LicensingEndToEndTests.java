package cn.gov.tobacco.gateway.endtoend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import cn.gov.tobacco.testing.GatewayResponse;
import cn.gov.tobacco.testing.GatewaySession;
import cn.gov.tobacco.testing.TestIdentifiers;

import static cn.gov.tobacco.gateway.endtoend.LicensingSteps.act;
import static cn.gov.tobacco.gateway.endtoend.LicensingSteps.approve;
import static cn.gov.tobacco.gateway.endtoend.LicensingSteps.as;
import static cn.gov.tobacco.gateway.endtoend.LicensingSteps.check;
import static cn.gov.tobacco.gateway.endtoend.LicensingSteps.newDraft;
import static cn.gov.tobacco.gateway.endtoend.LicensingSteps.read;
import static cn.gov.tobacco.gateway.endtoend.LicensingSteps.upload;
import static cn.gov.tobacco.gateway.endtoend.PlatformEndToEndTests.assertProblem;
import static cn.gov.tobacco.gateway.endtoend.PlatformEndToEndTests.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The licensing rules of DESIGN.md §4 through the gateway of the running platform: each
 * user signs in as a browser does, and every answer passes the gateway's edge.
 */
class LicensingEndToEndTests {

	@Test
	void anApplicationGoesFromSubmissionToALicenseWithItsCertificateAndPublicPage() {
		String id = newDraft("retailer.xihu");
		upload("retailer.xihu", id, "BUSINESS_LICENSE");
		GatewayResponse incomplete = act("retailer.xihu", id, "submission", null);
		assertProblem(incomplete, 422, "/problems/business-rule");
		assertThat(PlatformEndToEndTests.JSON.readTree(incomplete.body()).get("missing").toString())
			.contains("document:ID_CARD", "document:PREMISES_PHOTO", "document:PREMISES_PROOF");
		upload("retailer.xihu", id, "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		assertThat(json(act("retailer.xihu", id, "submission", null), 200).get("state").asString())
			.isEqualTo("SUBMITTED");

		assertProblem(as("clerk.shangcheng").get("/api/licensing/applications/" + id), 404, "/problems/not-found");
		assertProblem(as("retailer.shangcheng").get("/api/licensing/applications/" + id), 404, "/problems/not-found");
		assertThat(as("retailer.xihu")
			.postJson("/api/licensing/applications/" + id + "/acceptance", "{\"version\":1}",
					UUID.randomUUID().toString())
			.status()).isEqualTo(403);

		json(act("clerk.xihu", id, "acceptance", null), 200);
		assertProblem(act("clerk.xihu", id, "acceptance", null), 409, "/problems/illegal-transition");
		json(act("clerk.xihu", id, "review", null), 200);

		List<Integer> statuses = decideTwiceAtOnce(id);
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		JsonNode decided = read("retailer.xihu", id);
		assertThat(decided.get("state").asString()).isEqualTo("APPROVED");
		String licenseNo = decided.get("licenseNo").asString();

		GatewayResponse certificate = as("retailer.xihu")
			.download("/api/licensing/licenses/" + licenseNo + "/certificate");
		assertThat(certificate.status()).isEqualTo(200);
		assertThat(certificate.contentType()).startsWith("application/pdf");
		assertThat(new String(certificate.body(), 0, 5)).isEqualTo("%PDF-");

		GatewayResponse publicView = GatewaySession.anonymous().get("/api/licensing/public/licenses/" + licenseNo);
		JsonNode shown = json(publicView, 200);
		assertThat(shown.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(shown.get("businessName").asString()).startsWith("端到端便利店");
		assertThat(publicView.bodyAsString()).doesNotContain("operatorIdNumber", "creditCode", "13812345678");
	}

	@Test
	void theClerkSeesEveryRefusalGroundWithItsNumbers() {
		String licensed = LicensingSteps.submitted("retailer.xihu");
		String licenseNo = approve(licensed);
		JsonNode outlet = json(as("retailer.xihu").get("/api/licensing/licenses/" + licenseNo), 200);
		double lat = outlet.at("/premises/latitude").asDouble();
		double lon = outlet.at("/premises/longitude").asDouble();
		json(as("admin").postJson("/api/licensing/admin/sensitive-places", """
				{"kind":"PRIMARY_SCHOOL","name":"端到端测试小学","divisionCode":"330106","latitude":%s,"longitude":%s}
				""".formatted(lat + 0.0003, lon), UUID.randomUUID().toString()), 201);
		String barredCode = TestIdentifiers.creditCode("330106");
		json(as("admin").postJson("/api/licensing/admin/barred-applicants", """
				{"creditCode":"%s","reason":"提供虚假材料","barredUntil":"%s"}
				""".formatted(barredCode, LocalDate.now().plusYears(1)), UUID.randomUUID().toString()), 201);

		String id = newDraft("retailer.xihu", barredCode, lat + 0.0002, lon);
		upload("retailer.xihu", id, LicensingSteps.NEW_DOCUMENTS);
		json(act("retailer.xihu", id, "submission", null), 200);

		JsonNode checks = json(as("clerk.xihu").get("/api/licensing/applications/" + id + "/checks"), 200);
		JsonNode school = check(checks, "SCHOOL_DISTANCE");
		assertThat(school.get("passed").asBoolean()).isFalse();
		assertThat(school.get("measured").asDouble()).isBetween(5.0, 20.0);
		assertThat(school.get("limit").asDouble()).isPositive();
		JsonNode spacing = check(checks, "OUTLET_SPACING");
		assertThat(spacing.get("passed").asBoolean()).isFalse();
		assertThat(spacing.get("measured").asDouble()).isBetween(15.0, 30.0);
		assertThat(check(checks, "BARRED_APPLICANT").get("passed").asBoolean()).isFalse();
		assertThat(check(checks, "INCOMPLETE_MATERIALS").get("passed").asBoolean()).isTrue();
		assertProblem(as("clerk.shangcheng").get("/api/licensing/applications/" + id + "/checks"), 404,
				"/problems/not-found");

		json(act("clerk.xihu", id, "acceptance", null), 200);
		json(act("clerk.xihu", id, "review", null), 200);
		json(act("approver", id, "decision", "\"outcome\":\"REFUSED\",\"reason\":\"距离学校过近，且申请人在禁入期内\""), 200);
		JsonNode refused = read("retailer.xihu", id);
		assertThat(refused.get("state").asString()).isEqualTo("REFUSED");
		assertThat(refused.has("licenseNo") && !refused.get("licenseNo").isNull()).isFalse();
	}

	@Test
	void aRepeatedCreateWithTheSameIdempotencyKeyCreatesOneApplication() {
		String key = UUID.randomUUID().toString();
		String body = """
				{"type":"NEW","businessName":"幂等测试店","premises":{"divisionCode":"330106"}}
				""";
		JsonNode first = json(as("retailer.xihu").postJson("/api/licensing/applications", body, key), 201);
		JsonNode repeat = PlatformEndToEndTests.JSON
			.readTree(as("retailer.xihu").postJson("/api/licensing/applications", body, key).body());
		assertThat(repeat.get("id").asString()).isEqualTo(first.get("id").asString());
		assertProblem(as("retailer.xihu").postJson("/api/licensing/applications", body.replace("幂等测试店", "另一家店"), key),
				422, "/problems/idempotency-mismatch");
	}

	private static List<Integer> decideTwiceAtOnce(String id) {
		long version = read("approver", id).get("version").asLong();
		String body = "{\"version\":" + version + ",\"outcome\":\"APPROVED\",\"reason\":\"符合条件\"}";
		List<CompletableFuture<Integer>> both = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			both.add(CompletableFuture.supplyAsync(() -> as("approver")
				.postJson("/api/licensing/applications/" + id + "/decision", body, UUID.randomUUID().toString())
				.status()));
		}
		return both.stream().map(CompletableFuture::join).toList();
	}

}
