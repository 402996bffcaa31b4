package cn.gov.tobacco.licensing.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 point 3: before the decision the retailer replaces or removes a document; the
 * old one stays on the record, audited, and no longer counts.
 */
@LicensingIntegrationTest
class DocumentReplacementIntegrationTests {

	private static final String RETAILER = "retailer.xihu";

	@Autowired
	WebTestClient http;

	@Test
	void aReplacedDocumentStaysOnTheRecordButOnlyTheNewOneIsCurrent() {
		Fixtures fx = new Fixtures(this.http);
		String app = fx.create(RETAILER, Fixtures.draft("330106", Fixtures.creditCode())).get("id").asString();
		fx.upload(RETAILER, app, "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		String old = upload(app, "BUSINESS_LICENSE", null, 1000).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();

		JsonNode replacement = upload(app, "BUSINESS_LICENSE", old, 2000).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(replacement.get("current").asBoolean()).isTrue();
		String fresh = replacement.get("id").asString();

		Map<String, JsonNode> listed = documents(app);
		assertThat(listed).hasSize(5);
		assertThat(listed.get(old).get("current").asBoolean()).isFalse();
		assertThat(listed.get(old).get("replacedBy").asString()).isEqualTo(fresh);
		assertThat(listed.get(fresh).get("current").asBoolean()).isTrue();
		assertThat(listed.get(fresh).get("replaces").asString()).isEqualTo(old);
		assertThat(audit(app)).contains("DOCUMENT_REPLACED");

		// the old one can be neither replaced nor removed again: it is history
		upload(app, "BUSINESS_LICENSE", old, 1500).expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		fx.send(RETAILER, "DELETE", "/api/licensing/applications/" + app + "/documents/" + old, null)
			.expectStatus()
			.isEqualTo(409);

		// the replacement counts: the application can be submitted
		fx.act(RETAILER, app, "submission").expectStatus().isOk();
		// after submission nothing can be replaced or removed
		upload(app, "BUSINESS_LICENSE", fresh, 1500).expectStatus().isEqualTo(409);
		fx.send(RETAILER, "DELETE", "/api/licensing/applications/" + app + "/documents/" + fresh, null)
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void aRemovedDocumentNoLongerCountsTowardsSubmission() {
		Fixtures fx = new Fixtures(this.http);
		String app = fx.create(RETAILER, Fixtures.draft("330106", Fixtures.creditCode())).get("id").asString();
		fx.upload(RETAILER, app, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		String idCard = documents(app).values()
			.stream()
			.filter((d) -> "ID_CARD".equals(d.get("documentType").asString()))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();

		fx.send(RETAILER, "DELETE", "/api/licensing/applications/" + app + "/documents/" + idCard, null)
			.expectStatus()
			.isNoContent();
		// removing it again changes nothing
		fx.send(RETAILER, "DELETE", "/api/licensing/applications/" + app + "/documents/" + idCard, null)
			.expectStatus()
			.isNoContent();

		JsonNode removed = documents(app).get(idCard);
		assertThat(removed.get("current").asBoolean()).isFalse();
		assertThat(removed.get("removedAt").isNull()).isFalse();
		assertThat(audit(app)).containsOnlyOnce("DOCUMENT_REMOVED");

		fx.act(RETAILER, app, "submission")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.missing")
			.value((List<String> missing) -> assertThat(missing).containsExactly("document:ID_CARD"));
	}

	@Test
	void theReplacementMustBeOfTheSameTypeAndOfThisApplication() {
		Fixtures fx = new Fixtures(this.http);
		String app = fx.create(RETAILER, Fixtures.draft("330106", Fixtures.creditCode())).get("id").asString();
		String license = upload(app, "BUSINESS_LICENSE", null, 1000).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		upload(app, "ID_CARD", license, 1000).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("replaces");

		String other = fx.create(RETAILER, Fixtures.draft("330106", Fixtures.creditCode())).get("id").asString();
		upload(other, "BUSINESS_LICENSE", license, 1000).expectStatus().isNotFound();
		// another retailer cannot touch it at all
		fx.send("retailer.shangcheng", "DELETE", "/api/licensing/applications/" + app + "/documents/" + license, null)
			.expectStatus()
			.isNotFound();
		// nothing of the refused uploads was kept
		assertThat(documents(app)).hasSize(1);
		assertThat(documents(other)).isEmpty();
	}

	private WebTestClient.ResponseSpec upload(String app, String type, String replaces, int size) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("documentType", type);
		body.part("file", new ByteArrayResource(DocumentsApiIntegrationTests.pdf(size)) {
			@Override
			public String getFilename() {
				return type + "-" + size + ".pdf";
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return this.http.post().uri((uri) -> {
			uri.path("/api/licensing/applications/{id}/documents");
			if (replaces != null) {
				uri.queryParam("replaces", replaces);
			}
			return uri.build(app);
		})
			.headers((h) -> h.setBearerAuth(DemoUsers.token(RETAILER)))
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange();
	}

	private Map<String, JsonNode> documents(String app) {
		JsonNode list = new Fixtures(this.http)
			.send(RETAILER, "GET", "/api/licensing/applications/" + app + "/documents", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		Map<String, JsonNode> byId = new java.util.LinkedHashMap<>();
		list.forEach((d) -> byId.put(d.get("id").asString(), d));
		return byId;
	}

	private String audit(String app) {
		return new Fixtures(this.http).send(RETAILER, "GET", "/api/licensing/applications/" + app + "/audit", null)
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
