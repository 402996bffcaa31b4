package cn.gov.tobacco.complaints.access;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.gov.tobacco.complaints.access.MatrixFixtures.Filed;
import cn.gov.tobacco.complaints.access.MatrixFixtures.Side;
import cn.gov.tobacco.complaints.api.model.CallerHistoryQueryDto;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.EvaluationDto;
import cn.gov.tobacco.complaints.api.model.NewDeadlineSettingDto;
import cn.gov.tobacco.complaints.api.model.NewRewardBandDto;
import cn.gov.tobacco.complaints.api.model.OutcomeDto;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.platform.outbox.CloudEventSignature;

/**
 * How to call each operation of {@code openapi/complaints.yaml} on each side's data. An
 * operation missing here, like one missing from the table, fails the matrix.
 */
final class MatrixScenarios {

	/**
	 * One request: a JSON body (a generated request type), a multipart body
	 * ({@code report}, filed as a citizen's form sends it), or a signed CloudEvent
	 * ({@code event}, {@code signature}).
	 */
	record Call(String method, String path, Object json, Object report, String event, String signature) {

		static Call get(String path) {
			return new Call("GET", path, null, null, null, null);
		}

		static Call send(String method, String path, Object json) {
			return new Call(method, path, json, null, null, null);
		}

	}

	/**
	 * @param sided whether the operation acts on one case, called for each {@link Side};
	 * otherwise it is called once per role
	 * @param prepare builds the data and the request for a side
	 */
	record Scenario(boolean sided, Function<Side, Call> prepare) {
	}

	private static final String CASES = "/api/complaints/cases/";

	private final MatrixFixtures data;

	private final Map<String, Object> shared = new HashMap<>();

	MatrixScenarios(MatrixFixtures data) {
		this.data = data;
	}

	@SuppressWarnings("unchecked")
	private <T> T shared(String key, Supplier<T> build) {
		return (T) this.shared.computeIfAbsent(key, (k) -> build.get());
	}

	/** The read fixture: a RECEIVED report with reporter data and a photo. */
	private Filed read(Side side) {
		return shared("read:" + side, () -> this.data.filed(side, true));
	}

	private String category() {
		return shared("category", this.data::category);
	}

	Map<String, Scenario> all() {
		Map<String, Scenario> s = new LinkedHashMap<>();
		MatrixFixtures d = this.data;
		// public: the tracking code is the reporter's own key
		s.put("fileReport", once(() -> new Call("POST", "/api/complaints/public/reports", null,
				Reports.counterfeit("330106"), null, null)));
		s.put("trackReport",
				once(() -> Call.get("/api/complaints/public/reports/" + read(Side.OWN_DISTRICT).trackingCode())));
		s.put("evaluateReport", once(() -> Call.send("POST",
				"/api/complaints/public/reports/" + d.answered() + "/evaluation", new EvaluationDto(true))));
		s.put("myReports", once(() -> Call.get("/api/complaints/my/reports?limit=1")));
		s.put("listCategories", once(() -> Call.get("/api/complaints/categories")));
		s.put("listDivisions", once(() -> Call.get("/api/complaints/public/divisions")));
		// calls and triage
		s.put("logCall", once(() -> Call.send("POST", "/api/complaints/cases", MatrixFixtures.call())));
		s.put("callerHistory", once(
				() -> Call.send("POST", "/api/complaints/caller-history", new CallerHistoryQueryDto("13900001111"))));
		s.put("lookupAlerts", once(() -> Call.get("/api/complaints/supervision/lookup-alerts")));
		s.put("duplicateCandidates",
				once(() -> Call.get("/api/complaints/duplicate-candidates?divisionCode=330106&category=COUNTERFEIT")));
		// cases
		s.put("listCases", once(() -> Call.get("/api/complaints/cases?limit=1")));
		s.put("getCase", sided((side) -> Call.get(CASES + read(side).id())));
		s.put("actOnCase", sided((side) -> {
			String id = d.filed(side, false).id();
			return Call.send("POST", CASES + id + "/actions",
					new CaseActionRequestDto(CaseActionDto.ACCEPT, d.version(id)));
		}));
		s.put("downloadAttachment", sided((side) -> Call.get(CASES + read(side).id() + "/attachments/"
				+ shared("attachment:" + side, () -> d.attachment(read(side).id())))));
		s.put("revealReporter", sided((side) -> Call.get(CASES + read(side).id() + "/reporter")));
		s.put("verifyAudit", sided((side) -> Call.get(CASES + read(side).id() + "/audit")));
		// dispatch and supervision
		s.put("handlerQueue", once(() -> Call.get("/api/complaints/queue?limit=1")));
		s.put("supervisionAlerts", once(() -> Call.get("/api/complaints/supervision/alerts?limit=1")));
		s.put("statistics", once(() -> Call.get("/api/complaints/statistics?from=2026-01-01&to=2026-12-31")));
		s.put("pullHandovers", once(() -> Call.send("POST", "/api/complaints/handovers/pull", null)));
		// reference data
		s.put("putCategory", once(() -> Call.send("PUT", "/api/complaints/categories/" + MatrixFixtures.categoryCode(),
				MatrixFixtures.categoryChange())));
		s.put("listDeadlineSettings", once(() -> Call.get("/api/complaints/deadline-settings")));
		s.put("addDeadlineSetting", once(() -> Call.send("POST", "/api/complaints/deadline-settings",
				new NewDeadlineSettingDto(CaseKindDto.REPORT, 24, 15).category(category()))));
		s.put("listRewardBands", once(() -> Call.get("/api/complaints/reward-bands")));
		s.put("addRewardBand", once(() -> Call.send("POST", "/api/complaints/reward-bands",
				new NewRewardBandDto("330106", category(), OutcomeDto.SUBSTANTIATED, 100.0, 200.0))));
		// other systems
		s.put("receiveEvent", once(() -> {
			String[] event = MatrixFixtures.signedEvent();
			return new Call("POST", "/api/complaints/internal/events", null, null, event[0], event[1]);
		}));
		s.put("open311Services", once(() -> Call.get("/api/complaints/open311/v2/services.json")));
		s.put("open311Requests", once(() -> Call.get("/api/complaints/open311/v2/requests.json?limit=1")));
		s.put("open311Request",
				sided((side) -> Call.get("/api/complaints/open311/v2/requests/" + read(side).caseNumber() + ".json")));
		return s;
	}

	static String signatureHeader() {
		return CloudEventSignature.HEADER;
	}

	private static Scenario sided(Function<Side, Call> prepare) {
		return new Scenario(true, prepare);
	}

	private static Scenario once(Supplier<Call> prepare) {
		return new Scenario(false, (side) -> prepare.get());
	}

}
