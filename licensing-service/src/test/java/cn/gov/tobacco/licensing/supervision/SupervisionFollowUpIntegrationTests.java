package cn.gov.tobacco.licensing.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.CreditEventDto;
import cn.gov.tobacco.licensing.api.model.JurisdictionSettingsDto;
import cn.gov.tobacco.licensing.api.model.WarningClosureDto;
import cn.gov.tobacco.licensing.api.model.WarningVisitRequestDto;
import cn.gov.tobacco.licensing.calendar.CalendarService;

import static cn.gov.tobacco.licensing.supervision.SupervisionData.CHINA;
import static cn.gov.tobacco.licensing.supervision.SupervisionData.SUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily jobs of issue 17 against the real database: the rectification follow-up (a
 * re-inspection of the failed items when the rectification is due; RECTIFIED when it
 * passes, OVERDUE when it is not made in time) and the off-site warnings (each of the
 * four kinds with its reason and link, once per fact; closed with a reason or turned into
 * a visit by the supervisor). The jobs run for a chosen day, as the scheduler would.
 */
@LicensingIntegrationTest
class SupervisionFollowUpIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	CalendarService calendars;

	@Autowired
	RectificationJob rectificationJob;

	@Autowired
	WarningJob warningJob;

	Fixtures fx;

	SupervisionData data;

	LocalDate today = LocalDate.now(CHINA);

	@BeforeEach
	void setUp() {
		this.fx = new Fixtures(this.http);
		this.data = new SupervisionData(this.db, this.fx);
		this.fx
			.send("admin", "PUT", SUP + "/settings/330106",
					Fixtures.supervisionSettings(0.05, "inspector.xihu", "inspector.b").rectificationDays(15))
			.expectStatus()
			.isOk();
	}

	/**
	 * A violation recorded today on a license of its own holder in Xihu: {visit,
	 * license}.
	 */
	private String[] violation() {
		String license = this.data.license("330106", SupervisionData.holder());
		String visit = this.data.unplanned("inspector.xihu", license);
		JsonNode recorded = this.data.record("inspector.xihu", visit, "VIOLATION");
		assertThat(recorded.at("/rectification/state").asString()).isEqualTo("OPEN");
		return new String[] { visit, license };
	}

	private JsonNode rectification(String visit) {
		return this.fx.get("supervisor", SUP + "/visits/" + visit, "zh-CN").get("rectification");
	}

	@Test
	void aDueRectificationGetsAReinspectionOfTheFailedItemsAndAPassRectifiesIt() {
		String[] v = violation();
		LocalDate due = LocalDate.parse(rectification(v[0]).get("dueOn").asString());
		// the day before it is due nothing happens
		this.rectificationJob.followUp(due.minusDays(1)).block();
		assertThat(this.data
			.count("select count(*) from inspection_visit where license_no = '" + v[1] + "' and kind = 'REINSPECTION'"))
			.isZero();

		this.rectificationJob.followUp(due).block();
		String reinspection = this.db
			.sql("select id from inspection_visit where license_no = :no and kind = 'REINSPECTION'")
			.bind("no", v[1])
			.map((row) -> row.get(0, UUID.class))
			.one()
			.block()
			.toString();
		JsonNode detail = this.fx.get("inspector.xihu", SUP + "/visits/" + reinspection, "zh-CN");
		assertThat(detail.at("/visit/inspector").asString()).isEqualTo("inspector.xihu");
		assertThat(detail.at("/visit/dueOn").asString())
			.isEqualTo(this.calendars.calendar().block().addWorkingDays(due, 5).due().toString());
		// only the item that failed is checked again
		assertThat(detail.get("checklist").size()).isEqualTo(1);
		assertThat(detail.at("/checklist/0/code").asString()).isEqualTo("LICENSE_DISPLAYED");
		// a second run plans no second re-inspection
		this.rectificationJob.followUp(due).block();
		assertThat(this.data
			.count("select count(*) from inspection_visit where license_no = '" + v[1] + "' and kind = 'REINSPECTION'"))
			.isEqualTo(1);

		this.data.record("inspector.xihu", reinspection, "PASSED");
		assertThat(rectification(v[0]).get("state").asString()).isEqualTo("RECTIFIED");
		JsonNode history = this.fx.get("supervisor", "/api/licensing/licenses/" + v[1] + "/inspections", "zh-CN");
		assertThat(history.get("openRectifications").size()).isZero();
	}

	@Test
	void aReinspectionNotMadeInTimeLeavesTheRectificationOverdueAndRaisesAWarning() {
		String[] v = violation();
		LocalDate due = LocalDate.parse(rectification(v[0]).get("dueOn").asString());
		this.rectificationJob.followUp(due).block();
		LocalDate reinspectionDue = this.calendars.calendar().block().addWorkingDays(due, 5).due();
		// on its due day the re-inspection is still in time
		this.rectificationJob.followUp(reinspectionDue).block();
		assertThat(rectification(v[0]).get("state").asString()).isEqualTo("OPEN");
		this.rectificationJob.followUp(reinspectionDue.plusDays(1)).block();
		assertThat(rectification(v[0]).get("state").asString()).isEqualTo("OVERDUE");
		assertThat(this.data.count("select count(*) from outbox where event_type = 'RectificationOverdue' "
				+ "and payload like '%" + v[1] + "%'"))
			.isEqualTo(1);

		this.warningJob.runFor(reinspectionDue.plusDays(1)).block();
		JsonNode warning = warning("OVERDUE_RECTIFICATION", v[1]);
		assertThat(warning.get("reason").asString()).contains("整改期限 " + due).contains("已过");
		assertThat(warning.get("link").asString()).isEqualTo("/console/supervision/visits/" + v[0]);
		// the same fact raises nothing new the next day
		this.warningJob.runFor(reinspectionDue.plusDays(2)).block();
		assertThat(warnings(v[1])).isEqualTo(1);
	}

	@Test
	void threeSubstantiatedReportsIn90DaysRaiseAWarningThatTheSupervisorClosesWithAReason() {
		String license = this.data.license("330106", SupervisionData.holder());
		for (int days : new int[] { 80, 30, 2 }) {
			report(license, this.today.minusDays(days));
		}
		this.warningJob.runFor(this.today).block();
		JsonNode warning = warning("REPEATED_REPORTS", license);
		assertThat(warning.get("reason").asString()).contains("90 日内被查实举报 3 次");
		assertThat(warning.get("link").asString()).isEqualTo("/console/supervision/licenses/" + license);
		assertThat(warning.get("state").asString()).isEqualTo("OPEN");
		// in English too
		JsonNode english = this.fx.get("supervisor", SUP + "/warnings?kind=REPEATED_REPORTS&state=OPEN&limit=100",
				"en");
		assertThat(english.toString()).contains("3 substantiated reports in 90 days");

		String id = warning.get("id").asString();
		this.fx.send("supervisor", "POST", SUP + "/warnings/" + id + "/closure", new WarningClosureDto(""))
			.expectStatus()
			.isBadRequest();
		this.fx.send("inspector.xihu", "POST", SUP + "/warnings/" + id + "/closure", new WarningClosureDto("已核实"))
			.expectStatus()
			.isForbidden();
		JsonNode closed = this.fx
			.send("supervisor", "POST", SUP + "/warnings/" + id + "/closure", new WarningClosureDto("已电话核实，举报均已查处完毕"))
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("closureReason").asString()).isEqualTo("已电话核实，举报均已查处完毕");
		assertThat(closed.get("closedBy").asString()).isEqualTo("supervisor");
		this.fx.send("supervisor", "POST", SUP + "/warnings/" + id + "/closure", new WarningClosureDto("再次关闭"))
			.expectStatus()
			.isEqualTo(409);
		// closed, the same three reports raise nothing again; a fourth report is a new
		// fact
		this.warningJob.runFor(this.today).block();
		assertThat(warnings(license)).isEqualTo(1);
		report(license, this.today.minusDays(1));
		this.warningJob.runFor(this.today).block();
		assertThat(warnings(license)).isEqualTo(2);
		assertThat(warning("REPEATED_REPORTS", license).get("reason").asString()).contains("4 次");
	}

	@Test
	void aSuspendedLicenseStillReportedAsSellingRaisesAWarningTurnedIntoAVisit() {
		Instant suspended = Instant.now().minus(Duration.ofDays(20));
		String license = this.data.license("330106", SupervisionData.holder(), "SUSPENDED", this.today.plusYears(2),
				null, null, suspended.minus(Duration.ofDays(400)), suspended);
		// a report from before the suspension does not count
		report(license, this.today.minusDays(25));
		this.warningJob.runFor(this.today).block();
		assertThat(warnings(license)).isZero();
		report(license, this.today.minusDays(3));
		this.warningJob.runFor(this.today).block();
		JsonNode warning = warning("REPORTED_WHILE_INVALID", license);
		assertThat(warning.get("reason").asString()).contains("许可证已停业").contains("1 次");
		assertThat(warning.get("link").asString()).isEqualTo("/console/supervision/licenses/" + license);

		String id = warning.get("id").asString();
		this.fx
			.send("supervisor", "POST", SUP + "/warnings/" + id + "/visit",
					new WarningVisitRequestDto().inspector("nobody.here"))
			.expectStatus()
			.isEqualTo(422);
		JsonNode visit = this.fx
			.send("supervisor", "POST", SUP + "/warnings/" + id + "/visit",
					new WarningVisitRequestDto().inspector("inspector.xihu"))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(visit.get("kind").asString()).isEqualTo("WARNING");
		assertThat(visit.get("inspector").asString()).isEqualTo("inspector.xihu");
		assertThat(visit.get("licenseNumber").asString()).isEqualTo(license);
		assertThat(visit.get("dueOn").asString())
			.isEqualTo(this.calendars.calendar().block().addWorkingDays(this.today, 5).due().toString());
		assertThat(warning("REPORTED_WHILE_INVALID", license).get("state").asString()).isEqualTo("VISIT_PLANNED");
		assertThat(warning("REPORTED_WHILE_INVALID", license).get("visitId").asString())
			.isEqualTo(visit.get("id").asString());
		// the inspector finds it among their visits
		assertThat(this.fx.get("inspector.xihu", SUP + "/visits/" + visit.get("id").asString(), "zh-CN")
			.at("/visit/kind")
			.asString()).isEqualTo("WARNING");
	}

	@Test
	void anOutletTheChangedLayoutRulesLeaveTooCloseToAnotherRaisesAWarning() {
		// two outlets 5 m apart, far from every other test's places, issued before the
		// district's rules were last changed
		double lat = 29.0 + ThreadLocalRandom.current().nextDouble() * 0.3;
		double lon = 122.0 + ThreadLocalRandom.current().nextDouble() * 0.3;
		Instant issued = Instant.now().minus(Duration.ofDays(30));
		String a = this.data.license("330106", SupervisionData.holder(), "ACTIVE", this.today.plusYears(2), lat, lon,
				issued, issued);
		String b = this.data.license("330106", SupervisionData.holder(), "ACTIVE", this.today.plusYears(2),
				lat + 0.000045, lon, issued, issued);
		JurisdictionSettingsDto settings = this.fx
			.send("admin", "GET", "/api/licensing/admin/jurisdictions/330106/settings", null)
			.expectStatus()
			.isOk()
			.expectBody(JurisdictionSettingsDto.class)
			.returnResult()
			.getResponseBody();
		int spacing = settings.getOutletSpacingMetres();
		assertThat(spacing).as("the Xihu spacing the test relies on").isGreaterThan(5);
		// the rules change (put back as they are: the change is what counts)
		this.fx.send("admin", "PUT", "/api/licensing/admin/jurisdictions/330106/settings", settings)
			.expectStatus()
			.isOk();
		this.warningJob.runFor(this.today).block();
		for (String license : new String[] { a, b }) {
			JsonNode warning = warning("OUTSIDE_LAYOUT_PLAN", license);
			assertThat(warning.get("reason").asString()).contains("与最近持证网点相距 5 米").contains("应不少于 " + spacing + " 米");
			assertThat(warning.get("link").asString()).isEqualTo("/console/supervision/licenses/" + license);
		}
		// a license issued after the change is judged when it is applied for, not here
		String later = this.data.license("330106", SupervisionData.holder(), "ACTIVE", this.today.plusYears(2),
				lat - 0.000045, lon, Instant.now().plusSeconds(5), Instant.now());
		this.warningJob.runFor(this.today).block();
		assertThat(warnings(later)).isZero();
	}

	private void report(String license, LocalDate on) {
		this.fx
			.creditEvent(new CreditEventDto().eventId(UUID.randomUUID().toString())
				.kind(CreditEventDto.KindEnum.SUBSTANTIATED_REPORT)
				.licenseNo(license)
				.reason("12313 举报查实")
				.occurredOn(on))
			.expectStatus()
			.isCreated();
	}

	private long warnings(String license) {
		return this.data.count("select count(*) from supervision_warning where license_no = '" + license + "'");
	}

	/** The newest warning of the kind about the license, as the supervisor lists it. */
	private JsonNode warning(String kind, String license) {
		String cursor = null;
		do {
			JsonNode page = this.fx.get("supervisor",
					SUP + "/warnings?kind=" + kind + "&limit=100" + ((cursor != null) ? "&cursor=" + cursor : ""),
					"zh-CN");
			for (JsonNode w : page.get("items")) {
				if (license.equals(w.get("licenseNumber").asString())) {
					return w;
				}
			}
			cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asString() : null;
		}
		while (cursor != null);
		throw new AssertionError("no " + kind + " warning about " + license);
	}

}
