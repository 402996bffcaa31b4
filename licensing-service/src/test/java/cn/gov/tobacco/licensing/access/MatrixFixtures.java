package cn.gov.tobacco.licensing.access;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.BarredApplicantDto;
import cn.gov.tobacco.licensing.api.model.BundleRequestDto;
import cn.gov.tobacco.licensing.api.model.CalendarDayUpdateDto;
import cn.gov.tobacco.licensing.api.model.CommitmentSignatureDto;
import cn.gov.tobacco.licensing.api.model.CreditEventDto;
import cn.gov.tobacco.licensing.api.model.CreditRepairRequestDto;
import cn.gov.tobacco.licensing.api.model.InspectionPlanRequestDto;
import cn.gov.tobacco.licensing.api.model.JurisdictionSettingsDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceKindDto;
import cn.gov.tobacco.licensing.api.model.SiteCheckAssignmentDto;
import cn.gov.tobacco.licensing.api.model.VisitFindingsDto;
import cn.gov.tobacco.licensing.api.model.VisitResultDto;

/**
 * The data the authorization matrix calls operations on, built through the API for each
 * side: {@link Side#OWN} belongs to {@code retailer.xihu} in 330106 (Xihu) and its site
 * check is assigned to {@code inspector.xihu}; {@link Side#OTHER_OWNER} belongs to
 * {@code retailer.shangcheng}, also in 330106, assigned to no demo inspector;
 * {@link Side#OTHER_JURISDICTION} belongs to {@code retailer.shangcheng} in 330102
 * (Shangcheng), outside the Xihu staff's subtree but inside the city's (approver,
 * supervisor) and the province's (admin).
 */
final class MatrixFixtures {

	enum Side {

		OWN, OTHER_OWNER, OTHER_JURISDICTION

	}

	private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private final Fixtures fx;

	private final DatabaseClient db;

	MatrixFixtures(Fixtures fx, DatabaseClient db) {
		this.fx = fx;
		this.db = db;
	}

	Fixtures fx() {
		return this.fx;
	}

	static String retailer(Side side) {
		return (side == Side.OWN) ? "retailer.xihu" : "retailer.shangcheng";
	}

	static String division(Side side) {
		return (side == Side.OTHER_JURISDICTION) ? "330102" : "330106";
	}

	static String clerk(Side side) {
		return (side == Side.OTHER_JURISDICTION) ? "clerk.shangcheng" : "clerk.xihu";
	}

	static String inspector(Side side) {
		return (side == Side.OWN) ? "inspector.xihu" : "inspector.elsewhere";
	}

	/** A NEW draft with its four documents; returns {id, operator's ID number}. */
	String[] draftWithDocuments(Side side) {
		ApplicationDraftDto draft = Fixtures.draft(division(side), Fixtures.creditCode());
		String id = this.fx.create(retailer(side), draft).get("id").asString();
		this.fx.upload(retailer(side), id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		return new String[] { id, draft.getOperatorIdNumber() };
	}

	void upload(Side side, String applicationId, String... types) {
		this.fx.upload(retailer(side), applicationId, types);
	}

	/** A resumable upload on a fresh draft: {application id, upload id}. */
	String[] uploadSession(Side side, boolean sendPart) {
		String id = draft(side);
		return new String[] { id, this.fx.uploadSession(retailer(side), id, sendPart) };
	}

	String draft(Side side) {
		return this.fx.create(retailer(side), Fixtures.draft(division(side), Fixtures.creditCode()))
			.get("id")
			.asString();
	}

	String submitted(Side side) {
		return this.fx.submittedNew(retailer(side), division(side)).get("id").asString();
	}

	String accepted(Side side) {
		String id = submitted(side);
		this.fx.act(clerk(side), id, "acceptance").expectStatus().isOk();
		return id;
	}

	String underReview(Side side) {
		String id = accepted(side);
		this.fx.act(clerk(side), id, "review").expectStatus().isOk();
		return id;
	}

	String siteCheck(Side side) {
		String id = underReview(side);
		this.fx
			.act(clerk(side), id, "site-check",
					(v) -> new SiteCheckAssignmentDto().version(v).inspector(inspector(side)))
			.expectStatus()
			.isOk();
		return id;
	}

	/** An approved NEW application: returns {application id, license number}. */
	String[] approved(Side side) {
		String id = underReview(side);
		this.fx.approve("approver", id, "符合条件").expectStatus().isOk();
		return new String[] { id, this.fx.read(retailer(side), id).get("licenseNo").asString() };
	}

	/** A NEW application approved with a signed commitment: {application id, task id}. */
	String[] postVerification(Side side) {
		String[] draft = draftWithDocuments(side);
		commit(side, draft);
		this.fx.act(retailer(side), draft[0], "submission").expectStatus().isOk();
		this.fx.act(clerk(side), draft[0], "acceptance").expectStatus().isOk();
		this.fx.act(clerk(side), draft[0], "review").expectStatus().isOk();
		this.fx.approve("approver", draft[0], "承诺制审批").expectStatus().isOk();
		String task = read(retailer(side), "/api/licensing/applications/" + draft[0] + "/post-verification").get("id")
			.asString();
		return new String[] { draft[0], task };
	}

	/** Signs the PREMISES_PROOF commitment on the draft; returns the commitment id. */
	String commit(Side side, String[] draft) {
		return this.fx
			.send(retailer(side), "POST", "/api/licensing/applications/" + draft[0] + "/commitments",
					signature(draft[1]))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	static CommitmentSignatureDto signature(String idNumber) {
		return new CommitmentSignatureDto().templateCode("PREMISES_PROOF")
			.templateVersion(1)
			.signerName("张三")
			.signerIdNumber(idNumber);
	}

	/** A submitted application whose declared legacy credit code fails its check. */
	String legacySubmitted(Side side) {
		String valid = Fixtures.creditCode();
		char check = valid.charAt(17);
		String legacy = valid.substring(0, 17)
				+ CODE_ALPHABET.charAt((CODE_ALPHABET.indexOf(check) + 1) % CODE_ALPHABET.length());
		ApplicationDraftDto draft = Fixtures.draft(division(side), legacy).creditCodeLegacy(true);
		String id = this.fx.create(retailer(side), draft).get("id").asString();
		this.fx.upload(retailer(side), id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.act(retailer(side), id, "submission").expectStatus().isOk();
		return id;
	}

	/** A draft bundle of one NEW item with its documents: {bundle id, item id}. */
	String[] bundle(Side side, boolean documents) {
		JsonNode bundle = this.fx
			.send(retailer(side), "POST", "/api/licensing/bundles",
					new BundleRequestDto().addItemsItem(Fixtures.draft(division(side), Fixtures.creditCode())))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		String item = bundle.get("items").get(0).get("id").asString();
		if (documents) {
			this.fx.upload(retailer(side), item, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		}
		return new String[] { bundle.get("id").asString(), item };
	}

	/** The ID card of an application. */
	String idCard(Side side, String applicationId) {
		for (JsonNode d : read(retailer(side), "/api/licensing/applications/" + applicationId + "/documents")) {
			if ("ID_CARD".equals(d.get("documentType").asString())) {
				return d.get("id").asString();
			}
		}
		throw new AssertionError("no ID card on " + applicationId);
	}

	/** A PENALTY record against a fresh license of the side's retailer. */
	String creditRecord(Side side) {
		return this.fx.penalty(approved(side)[1]);
	}

	String repairRequest(Side side) {
		String record = creditRecord(side);
		return this.fx
			.send(retailer(side), "POST", "/api/licensing/credit/records/" + record + "/repair-requests",
					new CreditRepairRequestDto("已整改并缴纳罚款"))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	/**
	 * A school far from every test's outlets (tests place them in 30.0–30.5,
	 * 119.8–120.4).
	 */
	static SensitivePlaceDto placeBody(Side side) {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return new SensitivePlaceDto(SensitivePlaceKindDto.KINDERGARTEN, "矩阵测试幼儿园", division(side),
				28.0 + r.nextDouble() * 0.3, 121.0 + r.nextDouble() * 0.3);
	}

	String place(Side side) {
		return this.fx.send("admin", "POST", "/api/licensing/admin/sensitive-places", placeBody(side))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	static BarredApplicantDto barBody() {
		return new BarredApplicantDto("矩阵测试", LocalDate.now().plusYears(1)).creditCode(Fixtures.creditCode());
	}

	String bar() {
		return this.fx.send("admin", "POST", "/api/licensing/admin/barred-applicants", barBody())
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	/** A day far in the future, so that no deadline of any test meets it. */
	static String farDay() {
		return LocalDate.of(2099, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365)).toString();
	}

	String calendarDay() {
		String day = farDay();
		this.fx
			.send("admin", "PUT", "/api/licensing/admin/calendar/" + day,
					new CalendarDayUpdateDto(CalendarDayUpdateDto.KindEnum.HOLIDAY).note("矩阵测试"))
			.expectStatus()
			.is2xxSuccessful();
		return day;
	}

	private static final String SUP = "/api/licensing/supervision";

	/**
	 * An UNPLANNED visit of the side's license, due today: {@link Side#OWN} is
	 * inspector.xihu's. The demo has no other inspector, so inspector.xihu opens the
	 * visit of every side (with the own license where the side's lies outside Xihu) and
	 * then it is handed over by SQL: to {@code inspector.b} (not a demo account), and for
	 * {@link Side#OTHER_JURISDICTION} to Shangcheng (330102) and its license. With
	 * {@code photo}, a photo is added first; with {@code violation}, the visit is
	 * recorded as a VIOLATION first (a penalty PENDING). Returns {visit id, photo id or
	 * null}.
	 */
	String[] visit(Side side, String[] licenses, boolean photo, boolean violation) {
		String code = (side == Side.OTHER_JURISDICTION) ? licenses[0] : licenses[side.ordinal()];
		String id = this.fx.send("inspector.xihu", "POST", SUP + "/visits", Fixtures.unplannedVisit(code))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		String photoId = photo ? this.fx.visitPhoto("inspector.xihu", id, "PHOTO").get("id").asString() : null;
		if (violation) {
			this.fx
				.send("inspector.xihu", "POST", SUP + "/visits/" + id + "/record",
						findings(id, VisitResultDto.VIOLATION))
				.expectStatus()
				.isOk();
		}
		if (side != Side.OWN) {
			this.db
				.sql("update inspection_visit set inspector = 'inspector.b', jurisdiction = :j, license_no = :no "
						+ "where id = :id")
				.bind("j", division(side))
				.bind("no", (side == Side.OTHER_JURISDICTION) ? licenses[2] : code)
				.bind("id", UUID.fromString(id))
				.then()
				.block();
		}
		return new String[] { id, photoId };
	}

	/**
	 * Findings of the visit with every item of its checklist answered (the first FAIL for
	 * a VIOLATION), the operator refusing to sign.
	 */
	VisitFindingsDto findings(String visitId, VisitResultDto result) {
		return Fixtures.findings(result, read("supervisor", SUP + "/visits/" + visitId).get("checklist"))
			.signatureRefusal("经营者拒绝签字");
	}

	/**
	 * An OPEN off-site warning about the license in Xihu, as the daily job writes one.
	 */
	String warning(String licenseNo) {
		UUID id = UUID.randomUUID();
		this.db
			.sql("insert into supervision_warning (id, kind, fact_key, jurisdiction, license_no, business_name, "
					+ "reason_zh, reason_en, link, raised_on, created_at) values (:id, 'REPEATED_REPORTS', :fact, "
					+ "'330106', :no, '矩阵测试', '矩阵测试预警', 'matrix warning', :link, current_date, now())")
			.bind("id", id)
			.bind("fact", "matrix:" + id)
			.bind("no", licenseNo)
			.bind("link", "/console/licenses/" + licenseNo)
			.then()
			.block();
		return id.toString();
	}

	/** A fresh plan (of a district without licenses) the supervisor has not published. */
	String unpublishedPlan() {
		for (int attempt = 0; attempt < 200; attempt++) {
			var result = this.fx
				.send("supervisor", "POST", SUP + "/plans",
						new InspectionPlanRequestDto(emptyDistrict(),
								java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"))
									.plusMonths(ThreadLocalRandom.current().nextInt(13))
									.toString()))
				.expectBody(JsonNode.class)
				.returnResult();
			if (result.getStatus().value() == 201) {
				return result.getResponseBody().get("id").asString();
			}
		}
		throw new IllegalStateException("no district of 330150-330199 has a month without a plan");
	}

	/** The settings as they are, to be put back unchanged. */
	/**
	 * A plan for Xihu (330106) holding at least one visit of an approved license, with
	 * inspector.xihu and inspector.b on the roster and the largest random share: {plan
	 * id, visit id}. The first month from this one without a plan takes it.
	 */
	String[] inspectionPlan(String licenseNo) {
		this.fx
			.send("admin", "PUT", "/api/licensing/supervision/settings/330106",
					Fixtures.supervisionSettings(0.5, "inspector.xihu", "inspector.b"))
			.expectStatus()
			.isOk();
		java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
		for (int ahead = 0; ahead <= 12; ahead++) {
			var result = this.fx
				.send("supervisor", "POST", "/api/licensing/supervision/plans",
						new InspectionPlanRequestDto("330106", month.plusMonths(ahead).toString()))
				.expectBody(tools.jackson.databind.JsonNode.class)
				.returnResult();
			if (result.getStatus().value() == 201) {
				String plan = result.getResponseBody().get("id").asString();
				String visit = this.fx
					.send("supervisor", "GET", "/api/licensing/supervision/visits?planId=" + plan + "&limit=1", null)
					.expectStatus()
					.isOk()
					.expectBody(tools.jackson.databind.JsonNode.class)
					.returnResult()
					.getResponseBody()
					.get("items")
					.get(0)
					.get("id")
					.asString();
				return new String[] { plan, visit };
			}
			if (result.getStatus().value() != 409) {
				throw new IllegalStateException("plan for " + licenseNo + ": " + result.getStatus());
			}
		}
		throw new IllegalStateException("every month of the next year already has a plan for 330106");
	}

	/** A district of the demo city without licenses, for one plan: 330150 to 330199. */
	static String emptyDistrict() {
		return "3301" + (50 + java.util.concurrent.ThreadLocalRandom.current().nextInt(50));
	}

	JurisdictionSettingsDto settings(Side side) {
		return this.fx.send("admin", "GET", "/api/licensing/admin/jurisdictions/" + division(side) + "/settings", null)
			.expectStatus()
			.isOk()
			.expectBody(JurisdictionSettingsDto.class)
			.returnResult()
			.getResponseBody();
	}

	JsonNode read(String user, String path) {
		return this.fx.send(user, "GET", path, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	long version(Side side, String applicationId) {
		return this.fx.read(retailer(side), applicationId).get("version").asLong();
	}

	static CreditEventDto event(String licenseNo) {
		return new CreditEventDto(UUID.randomUUID().toString(), CreditEventDto.KindEnum.PENALTY, licenseNo, "矩阵测试处罚",
				LocalDate.now());
	}

	static String templateCode() {
		StringBuilder code = new StringBuilder("MATRIX_");
		for (int i = 0; i < 8; i++) {
			code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
		}
		return code.toString();
	}

	static List<String> none() {
		return List.of();
	}

}
