package cn.gov.tobacco.gateway.endtoend;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import cn.gov.tobacco.testing.GatewayResponse;
import cn.gov.tobacco.testing.TestIdentifiers;

import static cn.gov.tobacco.gateway.endtoend.LicensingSteps.act;
import static cn.gov.tobacco.gateway.endtoend.LicensingSteps.approve;
import static cn.gov.tobacco.gateway.endtoend.LicensingSteps.as;
import static cn.gov.tobacco.gateway.endtoend.LicensingSteps.newDraft;
import static cn.gov.tobacco.gateway.endtoend.LicensingSteps.read;
import static cn.gov.tobacco.gateway.endtoend.LicensingSteps.upload;
import static cn.gov.tobacco.gateway.endtoend.PlatformEndToEndTests.assertProblem;
import static cn.gov.tobacco.gateway.endtoend.PlatformEndToEndTests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Credit commitments and credit records (DESIGN.md §7) through the gateway of the running
 * platform, including the one call between the services: a substantiated 12313 report
 * handled in complaints-hotline becomes a credit record in licensing-service.
 */
class CreditEndToEndTests {

	@Test
	void aCommittedApplicationTakesTheFastPathAndItsSiteCheckIsFulfilled() {
		String operatorId = TestIdentifiers.residentId();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String id = newDraft("retailer.xihu", TestIdentifiers.creditCode("330106"), 30.0 + random.nextDouble() * 0.5,
				119.8 + random.nextDouble() * 0.6, operatorId);
		upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO");

		JsonNode template = latest(json(as("retailer.xihu").get("/api/licensing/commitment-templates"), 200),
				"PREMISES_PROOF");
		JsonNode signed = json(
				as("retailer.xihu")
					.postJson("/api/licensing/applications/" + id + "/commitments",
							"""
									{"templateCode":"PREMISES_PROOF","templateVersion":%d,"textSha256":"%s",
									 "signerName":"王五","signerIdNumber":"%s"}
									""".formatted(template.get("version").asInt(),
									template.get("textSha256").asString(), operatorId),
							UUID.randomUUID().toString()),
				201);
		assertThat(signed.get("status").asString()).isEqualTo("SIGNED");

		JsonNode submitted = json(act("retailer.xihu", id, "submission", null), 200);
		assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.at("/deadlines/promiseCommitted").asBoolean()).isTrue();
		approve(id);
		assertThat(read("retailer.xihu", id).get("state").asString()).isEqualTo("APPROVED");

		JsonNode task = json(as("inspector.xihu").get("/api/licensing/applications/" + id + "/post-verification"), 200);
		assertThat(task.get("status").asString()).isEqualTo("PENDING");
		assertProblem(as("clerk.shangcheng").get("/api/licensing/applications/" + id + "/post-verification"), 404,
				"/problems/not-found");
		JsonNode pending = json(as("inspector.xihu").get("/api/licensing/post-verifications?status=PENDING&limit=100"),
				200);
		assertThat(pending.get("total").asLong()).isPositive();

		JsonNode fulfilled = json(as("inspector.xihu").postJson(
				"/api/licensing/post-verifications/" + task.get("id").asString() + "/findings",
				"{\"truthful\":true,\"findings\":\"现场核查：经营场所使用证明与承诺一致。\"}", UUID.randomUUID().toString()), 200);
		assertThat(fulfilled.get("status").asString()).isEqualTo("FULFILLED");
	}

	@Test
	void aSubstantiatedReportBecomesACreditRecordOfTheReportedLicenseWithoutTheReportersData() {
		String licenseNo = approve(LicensingSteps.submitted("retailer.xihu"));
		String address = "杭州市西湖区端到端路 " + ThreadLocalRandom.current().nextInt(1, 99999) + " 号";
		JsonNode filed = json(as("agent").postJson("/api/complaints/cases", """
				{"kind":"REPORT","category":"COUNTERFEIT","address":{"divisionCode":"330106","detail":"%s"},
				 "retailerName":"端到端便利店","description":"来电称该店出售疑似假冒卷烟，外包装印刷模糊。",
				 "callerName":"赵端到","callerNumber":"13700007777"}
				""".formatted(address), UUID.randomUUID().toString()), 201);
		String caseId = filed.get("caseId").asString();
		String caseNumber = filed.get("caseNumber").asString();

		caseAction("agent", caseId, "\"action\":\"ACCEPT\"");
		caseAction("agent", caseId, "\"action\":\"DISPATCH\"");
		caseAction("handler.xihu", caseId, "\"action\":\"START\"");
		JsonNode answered = caseAction("handler.xihu", caseId,
				"\"action\":\"ANSWER\",\"outcome\":\"SUBSTANTIATED\",\"publicAnswer\":\"经查属实，已依法查处。\",\"licenseNo\":\""
						+ licenseNo + "\"");
		assertThat(answered.at("/summary/state").asString()).isEqualTo("ANSWERED");

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			GatewayResponse profile = as("retailer.xihu").get("/api/licensing/credit/profile");
			JsonNode records = json(profile, 200).get("records");
			JsonNode record = null;
			for (JsonNode candidate : records) {
				if (candidate.get("kind").asString().equals("SUBSTANTIATED_REPORT")
						&& candidate.get("reason").asString().contains(caseNumber)) {
					record = candidate;
				}
			}
			assertThat(record).as("the report's credit record in " + records).isNotNull();
			assertThat(profile.bodyAsString()).doesNotContain("赵端到", "13700007777");
		});
		assertThat(as("retailer.xihu").get("/api/complaints/cases/" + caseId).status()).isIn(403, 404);
	}

	private static JsonNode caseAction(String user, String caseId, String fields) {
		long version = json(as(user).get("/api/complaints/cases/" + caseId), 200).get("version").asLong();
		return json(as(user).postJson("/api/complaints/cases/" + caseId + "/actions",
				"{\"version\":" + version + "," + fields + "}", UUID.randomUUID().toString()), 200);
	}

	private static JsonNode latest(JsonNode templates, String code) {
		JsonNode latest = null;
		for (JsonNode template : templates) {
			if (template.get("code").asString().equals(code)
					&& (latest == null || template.get("version").asInt() > latest.get("version").asInt())) {
				latest = template;
			}
		}
		assertThat(latest).as("a published " + code + " template").isNotNull();
		return latest;
	}

}
