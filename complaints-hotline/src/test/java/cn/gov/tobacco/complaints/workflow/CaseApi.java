package cn.gov.tobacco.complaints.workflow;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;
import cn.gov.tobacco.complaints.api.model.NewCallDto;

/**
 * Staff calls through the HTTP API with real tokens.
 */
public final class CaseApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebTestClient http;

	public CaseApi(WebTestClient http) {
		this.http = http;
	}

	/** Logs a call and expects it filed. */
	public JsonNode logCall(String agent, NewCallDto body) {
		return json(this.http.post()
			.uri("/api/complaints/cases")
			.headers((h) -> h.setBearerAuth(IntegrationTestSupportAccess.token(agent)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated());
	}

	public WebTestClient.ResponseSpec get(String user, String path, Object... vars) {
		return this.http.get()
			.uri(path, vars)
			.headers((h) -> h.setBearerAuth(IntegrationTestSupportAccess.token(user)))
			.exchange();
	}

	public JsonNode getJson(String user, String path, Object... vars) {
		return json(get(user, path, vars).expectStatus().isOk());
	}

	/**
	 * Sends an action request as it is: a stale version, a refused action, a value the
	 * server refuses.
	 */
	public WebTestClient.ResponseSpec send(String user, String caseId, CaseActionRequestDto request) {
		return post(user, caseId, request);
	}

	private WebTestClient.ResponseSpec post(String user, String caseId, Object body) {
		return this.http.post()
			.uri("/api/complaints/cases/{id}/actions", caseId)
			.headers((h) -> h.setBearerAuth(IntegrationTestSupportAccess.token(user)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** Sends an action request with the case's current version, whatever the answer. */
	public WebTestClient.ResponseSpec attempt(String user, String caseId, CaseActionRequestDto request) {
		long version = getJson("supervisor", "/api/complaints/cases/{id}", caseId).get("version").asLong();
		return send(user, caseId, request.version(version));
	}

	/** Acts with the case's current version and expects success. */
	public JsonNode act(String user, String caseId, CaseActionRequestDto request) {
		return json(attempt(user, caseId, request).expectStatus().isOk());
	}

	/** Takes an action that needs nothing but the case's current version. */
	public JsonNode act(String user, String caseId, CaseActionDto action) {
		return act(user, caseId, new CaseActionRequestDto().action(action));
	}

	public String caseIdOf(String caseNumber) {
		for (JsonNode item : allItems("supervisor", "/api/complaints/cases")) {
			if (item.get("caseNumber").asString().equals(caseNumber)) {
				return item.get("id").asString();
			}
		}
		throw new AssertionError("No case " + caseNumber + " in the supervisor's list");
	}

	/**
	 * Every item of a keyset-paged list, 100 a page, following {@code nextCursor} to the
	 * last page (the suite leaves many cases behind, so no first page is enough).
	 */
	public List<JsonNode> allItems(String user, String path) {
		List<JsonNode> items = new ArrayList<>();
		String cursor = null;
		do {
			String first = path + (path.contains("?") ? "&" : "?") + "limit=100";
			JsonNode page = (cursor != null) ? getJson(user, first + "&cursor={cursor}", cursor) : getJson(user, first);
			page.get("items").forEach(items::add);
			JsonNode next = page.get("nextCursor");
			cursor = (next == null || next.isNull()) ? null : next.asString();
		}
		while (cursor != null);
		return items;
	}

	/** The ids of every item of a keyset-paged list. */
	public List<String> allIds(String user, String path) {
		return allItems(user, path).stream().map((item) -> item.get("id").asString()).toList();
	}

	public static JsonNode json(WebTestClient.ResponseSpec spec) {
		byte[] body = spec.expectBody().returnResult().getResponseBody();
		return JSON.readTree(body);
	}

	static final class IntegrationTestSupportAccess extends IntegrationTestSupport {

		static String token(String user) {
			return tokenOf(user);
		}

	}

}
