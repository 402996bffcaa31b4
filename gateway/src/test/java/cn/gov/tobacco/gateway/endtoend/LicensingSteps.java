package cn.gov.tobacco.gateway.endtoend;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

import cn.gov.tobacco.testing.GatewayResponse;
import cn.gov.tobacco.testing.GatewaySession;
import cn.gov.tobacco.testing.TestIdentifiers;

import static cn.gov.tobacco.gateway.endtoend.PlatformEndToEndTests.PASSWORD;
import static cn.gov.tobacco.gateway.endtoend.PlatformEndToEndTests.json;

/**
 * The licensing steps the end-to-end tests repeat, each taken by a demo user signed in
 * through the gateway (one browser session per user, kept for the test run).
 */
final class LicensingSteps {

	static final String[] NEW_DOCUMENTS = { "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF" };

	private static final Map<String, GatewaySession> sessions = new ConcurrentHashMap<>();

	private LicensingSteps() {
	}

	static GatewaySession as(String user) {
		return sessions.computeIfAbsent(user, (name) -> GatewaySession.signIn(name, PASSWORD));
	}

	/** A NEW draft in Xihu at a random spot unless coordinates are given. */
	static String newDraft(String retailer, String creditCode, double latitude, double longitude) {
		return newDraft(retailer, creditCode, latitude, longitude, TestIdentifiers.residentId());
	}

	static String newDraft(String retailer, String creditCode, double latitude, double longitude,
			String operatorIdNumber) {
		String body = """
				{"type":"NEW","businessName":"端到端便利店%s","creditCode":"%s","operatorName":"王五",
				 "operatorIdNumber":"%s","mobile":"13812345678","businessScope":"卷烟、雪茄烟零售",
				 "premises":{"address":"杭州市西湖区测试路 8 号","divisionCode":"330106",
				             "latitude":%s,"longitude":%s}}
				""".formatted(UUID.randomUUID().toString().substring(0, 6), creditCode, operatorIdNumber, latitude,
				longitude);
		return json(as(retailer).postJson("/api/licensing/applications", body, UUID.randomUUID().toString()), 201)
			.get("id")
			.asString();
	}

	static String newDraft(String retailer) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return newDraft(retailer, TestIdentifiers.creditCode("330106"), 30.0 + random.nextDouble() * 0.5,
				119.8 + random.nextDouble() * 0.6);
	}

	static void upload(String retailer, String applicationId, String... types) {
		for (String type : types) {
			json(as(retailer).uploadMultipart(
					"/api/licensing/applications/" + applicationId + "/documents?documentType=" + type,
					Map.of("documentType", type), type + ".pdf", "application/pdf", pdf()), 201);
		}
	}

	static JsonNode read(String user, String applicationId) {
		return json(as(user).get("/api/licensing/applications/" + applicationId), 200);
	}

	/** Takes an action with the application's current version. */
	static GatewayResponse act(String user, String applicationId, String action, String extraJson) {
		long version = read(user, applicationId).get("version").asLong();
		String body = "{\"version\":" + version + ((extraJson != null) ? "," + extraJson : "") + "}";
		return as(user).postJson("/api/licensing/applications/" + applicationId + "/" + action, body,
				UUID.randomUUID().toString());
	}

	static String submitted(String retailer) {
		String id = newDraft(retailer);
		upload(retailer, id, NEW_DOCUMENTS);
		json(act(retailer, id, "submission", null), 200);
		return id;
	}

	/** Accepts, reviews and approves; returns the license number. */
	static String approve(String applicationId) {
		json(act("clerk.xihu", applicationId, "acceptance", null), 200);
		json(act("clerk.xihu", applicationId, "review", null), 200);
		json(act("approver", applicationId, "decision", "\"outcome\":\"APPROVED\",\"reason\":\"符合条件\""), 200);
		return read("clerk.xihu", applicationId).get("licenseNo").asString();
	}

	static JsonNode check(JsonNode checks, String code) {
		for (JsonNode check : checks) {
			if (check.get("code").asString().equals(code)) {
				return check;
			}
		}
		throw new AssertionError("no check " + code + " in " + checks);
	}

	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + UUID.randomUUID() + "\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
	}

}
