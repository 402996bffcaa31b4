package cn.gov.tobacco.licensing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import tools.jackson.databind.JsonNode;

import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.ApplicationUpdateDto;
import cn.gov.tobacco.licensing.api.model.CheckAnswerDto;
import cn.gov.tobacco.licensing.api.model.ChecklistAnswerDto;
import cn.gov.tobacco.licensing.api.model.CreditEventDto;
import cn.gov.tobacco.licensing.api.model.DecisionRequestDto;
import cn.gov.tobacco.licensing.api.model.DocumentTypeDto;
import cn.gov.tobacco.licensing.api.model.GeoLocationDto;
import cn.gov.tobacco.licensing.api.model.PremisesDto;
import cn.gov.tobacco.licensing.api.model.SupervisionSettingsChangeDto;
import cn.gov.tobacco.licensing.api.model.UnplannedVisitRequestDto;
import cn.gov.tobacco.licensing.api.model.UploadStartDto;
import cn.gov.tobacco.licensing.api.model.VersionedRequestDto;
import cn.gov.tobacco.licensing.api.model.VisitFindingsDto;
import cn.gov.tobacco.licensing.api.model.VisitResultDto;
import cn.gov.tobacco.testing.OidcLogin;

/** Builds the data tests need through the HTTP API, with unique codes and places. */
public final class Fixtures {

	private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private final WebTestClient http;

	public Fixtures(WebTestClient http) {
		this.http = http;
	}

	/** A random valid Unified Social Credit Code (GB 32100-2015 check character). */
	public static String creditCode() {
		StringBuilder code = new StringBuilder("91330106");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (code.length() < 17) {
			code.append(CODE_CHARS.charAt(random.nextInt(10)));
		}
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += CODE_CHARS.indexOf(code.charAt(i)) * weight;
			weight = (weight * 3) % 31;
		}
		int check = (31 - sum % 31) % 31;
		return code.append(CODE_CHARS.charAt(check)).toString();
	}

	/** A random valid resident ID (GB 11643-1999 check digit, a real birth date). */
	public static String residentId() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		java.time.LocalDate birth = java.time.LocalDate.of(1960, 1, 1).plusDays(r.nextInt(365 * 40));
		String body = "110105" + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
				+ String.format("%03d", r.nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	/** A NEW draft at a random spot in Hangzhou, far from other tests' outlets. */
	public static ApplicationDraftDto draft(String division, String creditCode) {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return new ApplicationDraftDto(ApplicationTypeDto.NEW)
			.businessName("测试便利店" + UUID.randomUUID().toString().substring(0, 6))
			.creditCode(creditCode)
			.operatorName("张三")
			.operatorIdNumber(residentId())
			.mobile("13812345678")
			.businessScope("卷烟、雪茄烟零售")
			.premises(new PremisesDto().address("杭州市测试路 1 号")
				.divisionCode(division)
				.latitude(30.0 + r.nextDouble() * 0.5)
				.longitude(119.8 + r.nextDouble() * 0.6));
	}

	/**
	 * A draft of the given type tied to an existing license (RENEWAL, CHANGE, SUSPENSION,
	 * RESUMPTION, CLOSURE), with the retailer's mobile.
	 */
	public static ApplicationDraftDto tied(ApplicationTypeDto type, String licenseNo) {
		return new ApplicationDraftDto(type).licenseNo(licenseNo).mobile("13812345678");
	}

	/** A SUSPENSION draft for the license, from and until the given days. */
	public static ApplicationDraftDto suspension(String licenseNo, java.time.LocalDate from,
			java.time.LocalDate until) {
		return tied(ApplicationTypeDto.SUSPENSION, licenseNo).suspendFrom(from).suspendUntil(until);
	}

	/**
	 * The body of a details update: every field of the draft, with the application's
	 * current version.
	 */
	public static ApplicationUpdateDto update(ApplicationDraftDto draft, long version) {
		return new ApplicationUpdateDto(draft.getType(), version).businessName(draft.getBusinessName())
			.creditCode(draft.getCreditCode())
			.creditCodeLegacy(draft.getCreditCodeLegacy())
			.operatorName(draft.getOperatorName())
			.operatorIdNumber(draft.getOperatorIdNumber())
			.mobile(draft.getMobile())
			.premises(draft.getPremises())
			.businessScope(draft.getBusinessScope())
			.items(draft.getItems())
			.premisesKind(draft.getPremisesKind())
			.licenseNo(draft.getLicenseNo())
			.changeSubject(draft.getChangeSubject())
			.suspendFrom(draft.getSuspendFrom())
			.suspendUntil(draft.getSuspendUntil());
	}

	/** The start of a resumable upload of a document of this type. */
	public static UploadStartDto uploadStart(String type, String fileName, long size) {
		return new UploadStartDto(DocumentTypeDto.fromValue(type), fileName, size);
	}

	public JsonNode create(String user, ApplicationDraftDto draft) {
		return created(send(user, "POST", "/api/licensing/applications", draft));
	}

	private static JsonNode created(WebTestClient.ResponseSpec response) {
		return response.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	public void upload(String user, String applicationId, String... types) {
		for (String type : types) {
			MultipartBodyBuilder body = new MultipartBodyBuilder();
			body.part("documentType", type);
			body.part("file", new ByteArrayResource(pdf()) {
				@Override
				public String getFilename() {
					return type + ".pdf";
				}
			}).contentType(MediaType.APPLICATION_OCTET_STREAM);
			this.http.post()
				.uri("/api/licensing/applications/{id}/documents", applicationId)
				.headers((h) -> h.setBearerAuth(DemoUsers.token(user)))
				.body(BodyInserters.fromMultipartData(body.build()))
				.exchange()
				.expectStatus()
				.isCreated();
		}
	}

	/**
	 * A resumable upload of a small PDF (one part) on the application, started by the
	 * user; with {@code sendPart} its part is sent too. Returns the upload id.
	 */
	public String uploadSession(String user, String applicationId, boolean sendPart) {
		byte[] pdf = pdf();
		String id = send(user, "POST", "/api/licensing/applications/" + applicationId + "/uploads",
				uploadStart("BUSINESS_LICENSE", "scan.pdf", pdf.length))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		if (sendPart) {
			this.http.put()
				.uri("/api/licensing/applications/{a}/uploads/{u}/parts/1", applicationId, id)
				.headers((h) -> h.setBearerAuth(DemoUsers.token(user)))
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.bodyValue(pdf)
				.exchange()
				.expectStatus()
				.isNoContent();
		}
		return id;
	}

	/** A NEW application with every document, submitted by the retailer. */
	public JsonNode submittedNew(String retailer, String division) {
		JsonNode draft = create(retailer, draft(division, creditCode()));
		String id = draft.get("id").asString();
		upload(retailer, id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		return act(retailer, id, "submission").expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Takes an action that needs nothing but the current version of the application (a
	 * {@link VersionedRequestDto}).
	 */
	public WebTestClient.ResponseSpec act(String user, String id, String action) {
		return act(user, id, action, (version) -> new VersionedRequestDto().version(version));
	}

	/**
	 * Takes an action with the current version of the application: {@code body} builds
	 * the action's generated request type from that version.
	 */
	public WebTestClient.ResponseSpec act(String user, String id, String action, LongFunction<?> body) {
		long version = read(user, id).get("version").asLong();
		return send(user, "POST", "/api/licensing/applications/" + id + "/" + action, body.apply(version));
	}

	/** The approver's APPROVED decision on an application in review, with its reason. */
	public WebTestClient.ResponseSpec approve(String user, String id, String reason) {
		return act(user, id, "decision",
				(v) -> new DecisionRequestDto().version(v)
					.outcome(DecisionRequestDto.OutcomeEnum.APPROVED)
					.reason(reason));
	}

	public JsonNode read(String user, String id) {
		return send(user, "GET", "/api/licensing/applications/" + id, null).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Sends a body as JSON: a generated request type, or a raw JSON string (sent as it
	 * is); none when {@code null}.
	 */
	public WebTestClient.ResponseSpec send(String user, String method, String uri, Object body) {
		WebTestClient.RequestBodySpec spec = this.http.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(uri)
			.headers((h) -> h.setBearerAuth(DemoUsers.token(user)));
		return (body != null) ? spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
				: spec.exchange();
	}

	/**
	 * A GET as this user in the given language (Accept-Language); asserts 200 and that
	 * the answer says its language (Content-Language) and varies by it.
	 */
	public JsonNode get(String user, String uri, String language) {
		return this.http.get()
			.uri(uri)
			.headers((h) -> h.setBearerAuth(DemoUsers.token(user)))
			.header("Accept-Language", language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Content-Language", language.startsWith("en") ? "en" : "zh-CN")
			.expectHeader()
			.value("Vary", (v) -> org.assertj.core.api.Assertions.assertThat(v).contains("Accept-Language"))
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Takes a NEW application from submission to approval; returns the license number.
	 */
	public String approvedNew(String retailer) {
		String id = submittedNew(retailer, "330106").get("id").asString();
		act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		act("clerk.xihu", id, "review").expectStatus().isOk();
		approve("approver", id, "符合条件").expectStatus().isOk();
		return read(retailer, id).get("licenseNo").asString();
	}

	/**
	 * Posts a credit event as the complaints service does, with its client-credentials
	 * token: a {@link CreditEventDto}, or a raw JSON string (sent as it is) for input the
	 * contract refuses.
	 */
	public WebTestClient.ResponseSpec creditEvent(Object body) {
		String token = OidcLogin.forIssuer()
			.clientCredentials("complaints-hotline",
					System.getProperty("complaints.client.secret", "complaints-local-secret"));
		return this.http.post()
			.uri("/api/licensing/internal/credit-events")
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** A PENALTY credit record against the license; returns the record's id. */
	public String penalty(String licenseNo) {
		return creditEvent(new CreditEventDto().eventId(UUID.randomUUID().toString())
			.kind(CreditEventDto.KindEnum.PENALTY)
			.licenseNo(licenseNo)
			.reason("无证经营处罚")
			.occurredOn(java.time.LocalDate.now())).expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	/** The automatic check with this code, as the Xihu clerk sees it. */
	public JsonNode check(String applicationId, String code) {
		return check(applicationId, code, "zh-CN");
	}

	/**
	 * One automatic check as a clerk reads it in the given language (Accept-Language).
	 */
	public JsonNode check(String applicationId, String code, String language) {
		JsonNode checks = this.http.get()
			.uri("/api/licensing/applications/" + applicationId + "/checks")
			.headers((h) -> h.setBearerAuth(DemoUsers.token("clerk.xihu")))
			.header("Accept-Language", language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		for (JsonNode check : checks) {
			if (check.get("code").asString().equals(code)) {
				return check;
			}
		}
		throw new AssertionError("no " + code + " check in " + checks);
	}

	/**
	 * Findings of a visit at a spot in Hangzhou with every item of its checklist (the
	 * visit detail's {@code checklist}) answered: {@code answer} gives each item code's
	 * answer.
	 */
	public static VisitFindingsDto findings(VisitResultDto result, JsonNode checklist,
			Function<String, CheckAnswerDto> answer) {
		VisitFindingsDto findings = new VisitFindingsDto(result, new ArrayList<>(), new GeoLocationDto(30.27, 120.12));
		for (JsonNode item : checklist) {
			String code = item.get("code").asString();
			findings.addChecklistItem(new ChecklistAnswerDto(code, answer.apply(code)));
		}
		return findings;
	}

	/**
	 * Findings with every checklist item answered, the first one FAIL for a VIOLATION and
	 * PASS otherwise.
	 */
	public static VisitFindingsDto findings(VisitResultDto result, JsonNode checklist) {
		String first = checklist.isEmpty() ? null : checklist.get(0).get("code").asString();
		return findings(result, checklist, (code) -> (result == VisitResultDto.VIOLATION && code.equals(first))
				? CheckAnswerDto.FAIL : CheckAnswerDto.PASS);
	}

	/** A district's supervision settings: its random share and inspectors. */
	public static SupervisionSettingsChangeDto supervisionSettings(double randomShare, String... inspectors) {
		return new SupervisionSettingsChangeDto(randomShare, new LinkedHashSet<>(List.of(inspectors)));
	}

	/**
	 * An UNPLANNED visit of the shop with this scanned code (a license number or link).
	 */
	public static UnplannedVisitRequestDto unplannedVisit(String code) {
		return new UnplannedVisitRequestDto().code(code);
	}

	/** A visit photo (PHOTO: a JPEG, SIGNATURE: a PNG) uploaded by the inspector. */
	public JsonNode visitPhoto(String inspector, String visitId, String kind) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("kind", kind);
		body.part("file", new ByteArrayResource(image("SIGNATURE".equals(kind) ? "png" : "jpg")) {
			@Override
			public String getFilename() {
				return "SIGNATURE".equals(kind) ? "sign.png" : "photo.jpg";
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return this.http.post()
			.uri("/api/licensing/supervision/visits/{id}/photos", visitId)
			.headers((h) -> h.setBearerAuth(DemoUsers.token(inspector)))
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	/** A small real image in the format ImageIO names ("jpg", "png"). */
	public static byte[] image(String format) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO
				.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), format, out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] pdf() {
		return "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n trailer"
			.getBytes(StandardCharsets.ISO_8859_1);
	}

}
