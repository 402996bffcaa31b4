package cn.gov.tobacco.licensing.access;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.access.MatrixFixtures.Side;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.AttachmentRequestDto;
import cn.gov.tobacco.licensing.api.model.BarLiftingDto;
import cn.gov.tobacco.licensing.api.model.BundleRequestDto;
import cn.gov.tobacco.licensing.api.model.CalendarDayUpdateDto;
import cn.gov.tobacco.licensing.api.model.CommitmentTemplateTextDto;
import cn.gov.tobacco.licensing.api.model.CreditCodeOverrideRequestDto;
import cn.gov.tobacco.licensing.api.model.CreditRepairDecisionDto;
import cn.gov.tobacco.licensing.api.model.CreditRepairRequestDto;
import cn.gov.tobacco.licensing.api.model.ECigarettePlanDto;
import cn.gov.tobacco.licensing.api.model.InspectionPlanRequestDto;
import cn.gov.tobacco.licensing.api.model.PenaltyDecisionDto;
import cn.gov.tobacco.licensing.api.model.PostVerificationFindingsDto;
import cn.gov.tobacco.licensing.api.model.PremisesKindDto;
import cn.gov.tobacco.licensing.api.model.RevocationRequestDto;
import cn.gov.tobacco.licensing.api.model.VersionedRequestDto;
import cn.gov.tobacco.licensing.api.model.SiteCheckFindingsDto;
import cn.gov.tobacco.licensing.api.model.SiteCheckAssignmentDto;
import cn.gov.tobacco.licensing.api.model.InstantDecisionRevocationDto;
import cn.gov.tobacco.licensing.api.model.ExtensionRequestDto;
import cn.gov.tobacco.licensing.api.model.DecisionRequestDto;
import cn.gov.tobacco.licensing.api.model.CorrectionRequestDto;
import cn.gov.tobacco.licensing.api.model.VisitReassignmentDto;
import cn.gov.tobacco.licensing.api.model.VisitResultDto;
import cn.gov.tobacco.licensing.api.model.WarningClosureDto;
import cn.gov.tobacco.licensing.api.model.WarningVisitRequestDto;

/**
 * How to call each operation of {@code openapi/licensing.yaml} on each side's data. An
 * operation missing here, like one missing from the table, fails the matrix.
 */
final class MatrixScenarios {

	/**
	 * One request. {@code json} set: that body as JSON (a generated request type, or raw
	 * JSON text sent as it is); {@code uploadType} set: a multipart upload of that
	 * document type (a PDF); {@code raw} set: those bytes as an octet stream;
	 * {@code photoKind} set: a visit photo of that kind (a JPEG).
	 */
	record Call(String method, String path, Object json, String uploadType, byte[] raw, String photoKind) {

		Call(String method, String path, Object json, String uploadType, byte[] raw) {
			this(method, path, json, uploadType, raw, null);
		}

		static Call get(String path) {
			return new Call("GET", path, null, null, null);
		}

		static Call send(String method, String path, Object json) {
			return new Call(method, path, json, null, null);
		}

		static Call raw(String method, String path, byte[] bytes) {
			return new Call(method, path, null, null, bytes);
		}

		static Call photo(String path) {
			return new Call("POST", path, null, null, null, "PHOTO");
		}

	}

	/**
	 * @param sided whether the operation acts on one resource, called for each
	 * {@link Side}; otherwise it is called once per role
	 * @param prepare builds the data and the request for a side
	 */
	record Scenario(boolean sided, Function<Side, Call> prepare) {
	}

	private static final String APPS = "/api/licensing/applications/";

	private static final String SUP = "/api/licensing/supervision";

	private final MatrixFixtures data;

	private final Map<String, Object> shared = new HashMap<>();

	MatrixScenarios(MatrixFixtures data) {
		this.data = data;
	}

	@SuppressWarnings("unchecked")
	private <T> T shared(String key, Supplier<T> build) {
		return (T) this.shared.computeIfAbsent(key, (k) -> build.get());
	}

	/**
	 * The read fixture: an application in SITE_CHECK (the own one assigned to
	 * inspector.xihu).
	 */
	private String app(Side side) {
		return shared("siteCheck:" + side, () -> this.data.siteCheck(side));
	}

	private String[] license(Side side) {
		return shared("approved:" + side, () -> this.data.approved(side));
	}

	/** An action that needs nothing but the application's current version. */
	private VersionedRequestDto versioned(Side side, String id) {
		return new VersionedRequestDto().version(this.data.version(side, id));
	}

	Map<String, Scenario> all() {
		Map<String, Scenario> s = new LinkedHashMap<>();
		MatrixFixtures d = this.data;
		// applications: reads
		s.put("getApplication", sided((side) -> Call.get(APPS + app(side))));
		s.put("listApplicationDocuments", sided((side) -> Call.get(APPS + app(side) + "/documents")));
		s.put("getApplicationAudit", sided((side) -> Call.get(APPS + app(side) + "/audit")));
		s.put("verifyApplicationAudit", sided((side) -> Call.get(APPS + app(side) + "/audit/verification")));
		s.put("getRefusalChecks", sided((side) -> Call.get(APPS + app(side) + "/checks")));
		s.put("listNotices", sided((side) -> Call.get(APPS + app(side) + "/notices")));
		s.put("listCommitments", sided((side) -> Call.get(APPS + app(side) + "/commitments")));
		s.put("downloadDocument", sided((side) -> Call.get(
				"/api/licensing/documents/" + shared("idCard:" + side, () -> d.idCard(side, app(side))) + "/content")));
		s.put("listApplications", once(() -> Call.get("/api/licensing/applications")));
		s.put("listReusableDocuments", once(() -> Call.get("/api/licensing/documents")));
		s.put("getWorkQueue", once(() -> Call.get("/api/licensing/queue")));
		s.put("getLicensingStatistics",
				once(() -> Call.get("/api/licensing/statistics?from=2026-01-01&to=2026-12-31")));
		// applications: the applicant's steps
		s.put("createApplication", once(() -> Call.send("POST", "/api/licensing/applications",
				Fixtures.draft("330106", Fixtures.creditCode()))));
		s.put("updateApplication", sided((side) -> {
			String id = d.draft(side);
			return Call.send("PUT", APPS + id + "/details", Fixtures.update(
					Fixtures.draft(MatrixFixtures.division(side), Fixtures.creditCode()), this.data.version(side, id)));
		}));
		s.put("uploadDocument",
				sided((side) -> new Call("POST", APPS + d.draft(side) + "/documents", null, "BUSINESS_LICENSE", null)));
		// resumable uploads: the application's retailer only
		s.put("startUpload", sided((side) -> Call.send("POST", APPS + d.draft(side) + "/uploads",
				Fixtures.uploadStart("BUSINESS_LICENSE", "scan.pdf", 1000))));
		s.put("getUpload", sided((side) -> {
			String[] upload = shared("upload:" + side, () -> d.uploadSession(side, false));
			return Call.get(APPS + upload[0] + "/uploads/" + upload[1]);
		}));
		s.put("uploadPart", sided((side) -> {
			String[] upload = d.uploadSession(side, false);
			return Call.raw("PUT", APPS + upload[0] + "/uploads/" + upload[1] + "/parts/1",
					"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n trailer".getBytes(StandardCharsets.ISO_8859_1));
		}));
		s.put("completeUpload", sided((side) -> {
			String[] upload = d.uploadSession(side, true);
			return Call.send("POST", APPS + upload[0] + "/uploads/" + upload[1] + "/completion", null);
		}));
		s.put("abortUpload", sided((side) -> {
			String[] upload = d.uploadSession(side, false);
			return Call.send("DELETE", APPS + upload[0] + "/uploads/" + upload[1], null);
		}));
		s.put("removeDocument", sided((side) -> {
			String id = d.draft(side);
			d.upload(side, id, "ID_CARD");
			return Call.send("DELETE", APPS + id + "/documents/" + d.idCard(side, id), null);
		}));
		s.put("geocodeAddress", once(() -> Call.get("/api/licensing/geocode?address=Wensan%20Road%20100")));
		s.put("attachDocument", sided((side) -> {
			String verified = shared("verified:" + side, () -> d.idCard(side, d.accepted(side)));
			return Call.send("POST", APPS + d.draft(side) + "/attachments",
					new AttachmentRequestDto(UUID.fromString(verified)));
		}));
		s.put("submitApplication", sided((side) -> {
			String id = d.draftWithDocuments(side)[0];
			return Call.send("POST", APPS + id + "/submission", versioned(side, id));
		}));
		s.put("withdrawApplication", sided((side) -> {
			String id = d.submitted(side);
			return Call.send("POST", APPS + id + "/withdrawal", versioned(side, id));
		}));
		// applications: the bureau's steps
		s.put("acceptApplication", sided((side) -> {
			String id = d.submitted(side);
			return Call.send("POST", APPS + id + "/acceptance", versioned(side, id));
		}));
		s.put("requestCorrection", sided((side) -> {
			String id = d.submitted(side);
			return Call.send("POST", APPS + id + "/correction-request",
					new CorrectionRequestDto().version(this.data.version(side, id)).addItemsItem("营业执照照片不清晰"));
		}));
		s.put("startReview", sided((side) -> {
			String id = d.accepted(side);
			return Call.send("POST", APPS + id + "/review", versioned(side, id));
		}));
		s.put("assignSiteCheck", sided((side) -> {
			String id = d.underReview(side);
			return Call.send("POST", APPS + id + "/site-check",
					new SiteCheckAssignmentDto().version(this.data.version(side, id)).inspector("inspector.xihu"));
		}));
		s.put("recordSiteCheck", sided((side) -> {
			String id = d.siteCheck(side);
			return Call.send("POST", APPS + id + "/site-check/findings",
					new SiteCheckFindingsDto().version(this.data.version(side, id)).findings("场所与申报一致").passed(true));
		}));
		s.put("extendDeadline", sided((side) -> {
			String id = d.underReview(side);
			return Call.send("POST", APPS + id + "/extension",
					new ExtensionRequestDto().version(this.data.version(side, id)).reason("需补充核查"));
		}));
		s.put("decideApplication", sided((side) -> {
			String id = d.underReview(side);
			return Call.send("POST", APPS + id + "/decision",
					new DecisionRequestDto().version(this.data.version(side, id))
						.outcome(DecisionRequestDto.OutcomeEnum.APPROVED)
						.reason("符合条件"));
		}));
		s.put("revokeInstantDecision", sided((side) -> {
			String id = d.approved(side)[0];
			return Call.send("POST", APPS + id + "/instant-decision/revocation",
					new InstantDecisionRevocationDto().version(this.data.version(side, id)).reason("复核不通过"));
		}));
		s.put("overrideCreditCode",
				sided((side) -> Call.send("POST", APPS + d.legacySubmitted(side) + "/credit-code-override",
						new CreditCodeOverrideRequestDto("旧版代码，已核对原件"))));
		// bundles
		s.put("listBundles", once(() -> Call.get("/api/licensing/bundles")));
		s.put("createBundle", once(() -> Call.send("POST", "/api/licensing/bundles",
				new BundleRequestDto().addItemsItem(Fixtures.draft("330106", Fixtures.creditCode())))));
		s.put("getBundle", sided((side) -> Call
			.get("/api/licensing/bundles/" + shared("bundle:" + side, () -> d.bundle(side, false))[0])));
		s.put("submitBundle", sided((side) -> Call.send("POST",
				"/api/licensing/bundles/" + d.bundle(side, true)[0] + "/submission", null)));
		// licenses
		s.put("listLicenses", once(() -> Call.get("/api/licensing/licenses")));
		s.put("getLicense", sided((side) -> Call.get("/api/licensing/licenses/" + license(side)[1])));
		s.put("getLicenseCertificate",
				sided((side) -> Call.get("/api/licensing/licenses/" + license(side)[1] + "/certificate")));
		s.put("verifyLicenseAudit",
				sided((side) -> Call.get("/api/licensing/licenses/" + license(side)[1] + "/audit/verification")));
		s.put("revokeLicense",
				sided((side) -> Call.send("POST", "/api/licensing/licenses/" + d.approved(side)[1] + "/revocation",
						new RevocationRequestDto("矩阵测试").fraud(false))));
		s.put("verifyLicense", sided((side) -> Call.get("/api/licensing/public/licenses/" + license(side)[1])));
		// reference data
		s.put("getCalendarYear", once(() -> Call.get("/api/licensing/public/calendar/2026")));
		s.put("putCalendarDay", once(() -> Call.send("PUT", "/api/licensing/admin/calendar/" + MatrixFixtures.farDay(),
				new CalendarDayUpdateDto(CalendarDayUpdateDto.KindEnum.HOLIDAY).note("矩阵测试"))));
		s.put("deleteCalendarDay",
				once(() -> Call.send("DELETE", "/api/licensing/admin/calendar/" + d.calendarDay(), null)));
		s.put("getJurisdictionSettings", sided((side) -> Call
			.get("/api/licensing/admin/jurisdictions/" + MatrixFixtures.division(side) + "/settings")));
		s.put("putJurisdictionSettings",
				sided((side) -> Call.send("PUT",
						"/api/licensing/admin/jurisdictions/" + MatrixFixtures.division(side) + "/settings",
						d.settings(side))));
		s.put("getECigarettePlan", sided((side) -> Call
			.get("/api/licensing/admin/jurisdictions/" + MatrixFixtures.division(side) + "/e-cigarette-plan")));
		s.put("getECigarettePlanHistory", sided((side) -> Call
			.get("/api/licensing/admin/jurisdictions/" + MatrixFixtures.division(side) + "/e-cigarette-plan/history")));
		s.put("putECigarettePlan",
				sided((side) -> Call.send("PUT",
						"/api/licensing/admin/jurisdictions/" + MatrixFixtures.division(side) + "/e-cigarette-plan",
						new ECigarettePlanDto("授权矩阵规划", 100).addNeverLicensedKindsItem(PremisesKindDto.SELF_SERVICE)
							.reason("matrix"))));
		s.put("listSensitivePlaces", once(() -> Call.get("/api/licensing/admin/sensitive-places")));
		s.put("createSensitivePlace", once(
				() -> Call.send("POST", "/api/licensing/admin/sensitive-places", MatrixFixtures.placeBody(Side.OWN))));
		s.put("removeSensitivePlace", once(() -> Call.send("DELETE",
				"/api/licensing/admin/sensitive-places/" + d.place(Side.OWN) + "?reason=matrix", null)));
		s.put("listBarredApplicants", once(() -> Call.get("/api/licensing/admin/barred-applicants")));
		s.put("createBarredApplicant",
				once(() -> Call.send("POST", "/api/licensing/admin/barred-applicants", MatrixFixtures.barBody())));
		s.put("liftBar", once(() -> Call.send("POST", "/api/licensing/admin/barred-applicants/" + d.bar() + "/lifting",
				new BarLiftingDto("矩阵测试"))));
		// commitments
		s.put("listCommitmentTemplates", once(() -> Call.get("/api/licensing/commitment-templates")));
		s.put("listCommitmentTemplateVersions",
				once(() -> Call.get("/api/licensing/commitment-templates/PREMISES_PROOF/versions")));
		s.put("getCommitmentTemplate",
				once(() -> Call.get("/api/licensing/commitment-templates/PREMISES_PROOF/versions/1")));
		s.put("publishCommitmentTemplate",
				once(() -> Call.send("POST",
						"/api/licensing/admin/commitment-templates/" + MatrixFixtures.templateCode() + "/versions",
						new CommitmentTemplateTextDto("矩阵测试承诺书", "本人承诺", "I undertake"))));
		s.put("signCommitment", sided((side) -> {
			ApplicationDraftDto draft = Fixtures.draft(MatrixFixtures.division(side), Fixtures.creditCode());
			String id = d.fx().create(MatrixFixtures.retailer(side), draft).get("id").asString();
			return Call.send("POST", APPS + id + "/commitments", MatrixFixtures.signature(draft.getOperatorIdNumber()));
		}));
		s.put("withdrawCommitment", sided((side) -> {
			String[] draft = d.draftWithDocuments(side);
			String commitment = d.commit(side, draft);
			return Call.send("POST", APPS + draft[0] + "/commitments/" + commitment + "/withdrawal", null);
		}));
		// credit
		s.put("getOwnCreditProfile", once(() -> Call.get("/api/licensing/credit/profile")));
		s.put("getCreditProfile", once(() -> Call.get("/api/licensing/credit/profiles/retailer.xihu")));
		s.put("receiveCreditEvent", once(() -> Call.send("POST", "/api/licensing/internal/credit-events",
				MatrixFixtures.event(license(Side.OWN)[1]))));
		s.put("requestCreditRepair",
				sided((side) -> Call.send("POST",
						"/api/licensing/credit/records/" + d.creditRecord(side) + "/repair-requests",
						new CreditRepairRequestDto("已整改并缴纳罚款"))));
		s.put("listCreditRepairs", once(() -> Call.get("/api/licensing/credit/repair-requests")));
		s.put("decideCreditRepair",
				sided((side) -> Call.send("POST",
						"/api/licensing/credit/repair-requests/" + d.repairRequest(side) + "/decision",
						new CreditRepairDecisionDto(true, "整改到位"))));
		s.put("listPostVerifications", once(() -> Call.get("/api/licensing/post-verifications")));
		s.put("getPostVerification", sided((side) -> Call
			.get(APPS + shared("postVerification:" + side, () -> d.postVerification(side))[0] + "/post-verification")));
		s.put("recordPostVerification",
				sided((side) -> Call.send("POST",
						"/api/licensing/post-verifications/" + d.postVerification(side)[1] + "/findings",
						new PostVerificationFindingsDto(true, "场所属实"))));
		// supervision
		s.put("getSupervisionSettings", once(() -> Call.get("/api/licensing/supervision/settings/330106")));
		s.put("putSupervisionSettings", once(() -> Call.send("PUT", "/api/licensing/supervision/settings/330106",
				Fixtures.supervisionSettings(0.5, "inspector.xihu", "inspector.b"))));
		// a district of its own and a month of the coming year per call: a plan is unique
		// per both
		s.put("generateInspectionPlan",
				once(() -> Call.send("POST", "/api/licensing/supervision/plans",
						new InspectionPlanRequestDto(MatrixFixtures.emptyDistrict(),
								java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"))
									.plusMonths(java.util.concurrent.ThreadLocalRandom.current().nextInt(13))
									.toString()))));
		s.put("getInspectionPlan", once(() -> Call.get("/api/licensing/supervision/plans/" + inspectionPlan()[0])));
		s.put("listInspectionVisits", once(() -> Call.get("/api/licensing/supervision/visits")));
		s.put("reassignInspectionVisit",
				once(() -> Call.send("POST",
						"/api/licensing/supervision/visits/" + inspectionPlan()[1] + "/reassignment",
						new VisitReassignmentDto("inspector.xihu", "矩阵测试"))));
		// supervision after the license (issue 17 points 2-6)
		s.put("scanLicense", once(() -> Call.get(SUP + "/scan?code=" + license(Side.OWN)[1])));
		s.put("startUnplannedVisit",
				once(() -> Call.send("POST", SUP + "/visits", Fixtures.unplannedVisit(license(Side.OWN)[1]))));
		s.put("getInspectionVisit", sided((side) -> Call.get(SUP + "/visits/" + readVisit(side)[0])));
		s.put("uploadVisitPhoto", sided(
				(side) -> Call.photo(SUP + "/visits/" + d.visit(side, licenseNumbers(), false, false)[0] + "/photos")));
		s.put("downloadVisitPhoto", sided((side) -> {
			String[] visit = readVisit(side);
			return Call.get(SUP + "/visits/" + visit[0] + "/photos/" + visit[1]);
		}));
		s.put("recordInspectionVisit", sided((side) -> {
			String visit = d.visit(side, licenseNumbers(), false, false)[0];
			return Call.send("POST", SUP + "/visits/" + visit + "/record", d.findings(visit, VisitResultDto.PASSED));
		}));
		// dismissed: a confirmed penalty would lower the demo retailer's grade
		s.put("decideVisitPenalty",
				sided((side) -> Call.send("POST",
						SUP + "/visits/" + d.visit(side, licenseNumbers(), false, true)[0] + "/penalty",
						new PenaltyDecisionDto(false, "矩阵测试"))));
		s.put("listRectifications", once(() -> Call.get(SUP + "/rectifications")));
		s.put("listSupervisionWarnings", once(() -> Call.get(SUP + "/warnings")));
		s.put("closeSupervisionWarning",
				once(() -> Call.send("POST", SUP + "/warnings/" + d.warning(license(Side.OWN)[1]) + "/closure",
						new WarningClosureDto("矩阵测试：已电话核实"))));
		s.put("planWarningVisit", once(() -> {
			inspectionPlan();
			return Call.send("POST", SUP + "/warnings/" + d.warning(license(Side.OWN)[1]) + "/visit",
					new WarningVisitRequestDto().inspector("inspector.xihu"));
		}));
		s.put("getSupervisionStatistics", once(() -> Call.get(SUP + "/statistics?from="
				+ java.time.LocalDate.now().minusMonths(1) + "&to=" + java.time.LocalDate.now())));
		s.put("publishRandomChecks",
				once(() -> Call.send("POST", SUP + "/plans/" + d.unpublishedPlan() + "/publication", null)));
		s.put("listPublishedRandomChecks",
				once(() -> Call.get("/api/licensing/public/random-checks?jurisdiction=330106&month="
						+ java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")))));
		s.put("listLicenseInspections",
				sided((side) -> Call.get("/api/licensing/licenses/" + license(side)[1] + "/inspections")));
		return s;
	}

	/** The license numbers of the three sides. */
	private String[] licenseNumbers() {
		return new String[] { license(Side.OWN)[1], license(Side.OTHER_OWNER)[1], license(Side.OTHER_JURISDICTION)[1] };
	}

	/** A visit of the side with a photo, read by every role: {visit id, photo id}. */
	private String[] readVisit(Side side) {
		return shared("visit:" + side, () -> this.data.visit(side, licenseNumbers(), true, false));
	}

	private String[] inspectionPlan() {
		return shared("inspectionPlan", () -> this.data.inspectionPlan(license(Side.OWN)[1]));
	}

	private static Scenario sided(Function<Side, Call> prepare) {
		return new Scenario(true, prepare);
	}

	private static Scenario once(Supplier<Call> prepare) {
		return new Scenario(false, (side) -> prepare.get());
	}

}
