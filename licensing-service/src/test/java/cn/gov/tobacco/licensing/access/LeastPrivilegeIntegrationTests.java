package cn.gov.tobacco.licensing.access;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.SiteCheckAssignmentDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles without a licensing need read nothing of it (DESIGN.md §3): the hotline agent and
 * the complaint handler get 403 everywhere but the public endpoints, and an inspector
 * reads only what is assigned to them.
 */
@LicensingIntegrationTest
class LeastPrivilegeIntegrationTests {

	@Autowired
	WebTestClient http;

	@Test
	void theHotlineAgentAndTheHandlerCannotReadLicensingData() {
		Fixtures fx = new Fixtures(this.http);
		String id = fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		String idCard = idCardOf(fx, id);
		for (String user : new String[] { "agent", "handler.xihu", "citizen" }) {
			fx.send(user, "GET", "/api/licensing/documents/" + idCard + "/content", null).expectStatus().isForbidden();
			fx.send(user, "GET", "/api/licensing/applications/" + id, null).expectStatus().isForbidden();
			fx.send(user, "GET", "/api/licensing/applications", null).expectStatus().isForbidden();
			fx.send(user, "GET", "/api/licensing/queue", null).expectStatus().isForbidden();
			fx.send(user, "GET", "/api/licensing/licenses", null).expectStatus().isForbidden();
			fx.send(user, "GET", "/api/licensing/applications/" + id + "/checks", null)
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType("application/problem+json");
			// the public endpoints stay open to everyone
			fx.send(user, "GET", "/api/licensing/public/calendar/2026", null).expectStatus().isOk();
		}
	}

	@Test
	void anInspectorReadsAnApplicationOnlyOnceItsSiteCheckIsAssignedToThem() {
		Fixtures fx = new Fixtures(this.http);
		String id = fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		String idCard = idCardOf(fx, id);
		fx.send("inspector.xihu", "GET", "/api/licensing/applications/" + id, null).expectStatus().isNotFound();
		fx.send("inspector.xihu", "GET", "/api/licensing/documents/" + idCard + "/content", null)
			.expectStatus()
			.isNotFound();
		assertThat(queueIds(fx, "inspector.xihu")).doesNotContain(id);
		assertThat(listIds(fx, "inspector.xihu")).doesNotContain(id);
		fx.send("inspector.xihu", "GET", "/api/licensing/licenses", null).expectStatus().isForbidden();

		fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		fx.act("clerk.xihu", id, "review").expectStatus().isOk();
		fx.act("clerk.xihu", id, "site-check",
				(v) -> new SiteCheckAssignmentDto().version(v).inspector("inspector.xihu"))
			.expectStatus()
			.isOk();

		fx.send("inspector.xihu", "GET", "/api/licensing/applications/" + id, null).expectStatus().isOk();
		fx.send("inspector.xihu", "GET", "/api/licensing/documents/" + idCard + "/content", null).expectStatus().isOk();
		assertThat(queueIds(fx, "inspector.xihu")).contains(id);
		assertThat(listIds(fx, "inspector.xihu")).contains(id);
		// the refusal checks are for the caseworkers who accept and decide
		fx.send("inspector.xihu", "GET", "/api/licensing/applications/" + id + "/checks", null)
			.expectStatus()
			.isForbidden();
	}

	@Test
	void anInspectorReadsTheApplicationOfAPostVerificationInTheirSubtree() {
		Fixtures fx = new Fixtures(this.http);
		String id = cn.gov.tobacco.licensing.postverification.PostVerificationIntegrationTests
			.committedAndApproved(fx, Fixtures.creditCode())
			.get("id")
			.asString();
		fx.send("inspector.xihu", "GET", "/api/licensing/applications/" + id, null).expectStatus().isOk();
		fx.send("inspector.xihu", "GET", "/api/licensing/applications/" + id + "/post-verification", null)
			.expectStatus()
			.isOk();
	}

	static String idCardOf(Fixtures fx, String applicationId) {
		JsonNode documents = fx
			.send("retailer.xihu", "GET", "/api/licensing/applications/" + applicationId + "/documents", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		for (JsonNode d : documents) {
			if ("ID_CARD".equals(d.get("documentType").asString())) {
				return d.get("id").asString();
			}
		}
		throw new AssertionError("no ID card in " + documents);
	}

	static java.util.List<String> queueIds(Fixtures fx, String user) {
		return ids(fx.send(user, "GET", "/api/licensing/queue?limit=100&state=SITE_CHECK", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("items"));
	}

	static java.util.List<String> listIds(Fixtures fx, String user) {
		return ids(fx.send(user, "GET", "/api/licensing/applications?limit=100", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("items"));
	}

	private static java.util.List<String> ids(JsonNode items) {
		java.util.List<String> ids = new java.util.ArrayList<>();
		items.forEach((i) -> ids.add(i.get("id").asString()));
		return ids;
	}

}
