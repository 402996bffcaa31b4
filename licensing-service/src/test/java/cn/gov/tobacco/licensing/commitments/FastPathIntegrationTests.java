package cn.gov.tobacco.licensing.commitments;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.JurisdictionSettingsDto;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.licensing.credit.CreditListsIntegrationTests;
import cn.gov.tobacco.licensing.postverification.PostVerificationIntegrationTests;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path of a committed application (DESIGN.md §7): the jurisdiction's faster
 * promise while a signed commitment stands, the ordinary one again after a withdrawal,
 * and committed documents counted as present by the automatic checks.
 */
@LicensingIntegrationTest
class FastPathIntegrationTests {

	static final String SETTINGS = "/api/licensing/admin/jurisdictions/330106/settings";

	/** Xihu's settings, with this committed promise ({@code null}: left out). */
	static JurisdictionSettingsDto xihu(Integer committedPromiseDays) {
		return new JurisdictionSettingsDto("西湖区", 5, 100, 50).committedPromiseDays(committedPromiseDays);
	}

	@Autowired
	WebTestClient http;

	@Autowired
	CalendarService calendars;

	Fixtures fx;

	@BeforeEach
	void setUp() {
		this.fx = new Fixtures(this.http);
		this.fx.send("admin", "PUT", SETTINGS, xihu(2))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.committedPromiseDays")
			.isEqualTo(2)
			.jsonPath("$.promiseDays")
			.isEqualTo(5);
	}

	@Test
	void aCommittedApplicationIsPromisedTheFasterDueDateUntilTheCommitmentIsWithdrawn() {
		WorkingDayCalendar calendar = this.calendars.calendar().block();
		String[] draft = committedDraft();
		String id = draft[0];
		JsonNode submitted = this.fx.act("retailer.xihu", id, "submission")
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		LocalDate submittedOn = LocalDate.parse(submitted.at("/deadlines/submittedOn").asString());
		assertThat(submitted.at("/deadlines/promiseCommitted").asBoolean()).isTrue();
		assertThat(submitted.at("/deadlines/promiseDue").asString())
			.isEqualTo(calendar.addWorkingDays(submittedOn, 2).due().toString());

		JsonNode accepted = this.fx.act("clerk.xihu", id, "acceptance")
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		LocalDate acceptedOn = LocalDate.parse(accepted.at("/deadlines/acceptedOn").asString());
		assertThat(accepted.at("/deadlines/promiseDue").asString())
			.isEqualTo(calendar.addWorkingDays(acceptedOn, 2).due().toString());
		String notices = this.fx.send("retailer.xihu", "GET", "/api/licensing/applications/" + id + "/notices", null)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(notices).contains("承诺办结期限 " + calendar.addWorkingDays(acceptedOn, 2).due());

		this.fx
			.send("retailer.xihu", "POST",
					"/api/licensing/applications/" + id + "/commitments/" + draft[1] + "/withdrawal", null)
			.expectStatus()
			.isOk();
		JsonNode after = this.fx.read("retailer.xihu", id);
		assertThat(after.at("/deadlines/promiseCommitted").asBoolean()).isFalse();
		assertThat(after.at("/deadlines/promiseDue").asString())
			.isEqualTo(calendar.addWorkingDays(acceptedOn, 5).due().toString());
		assertThat(after.get("version").asLong()).isGreaterThan(accepted.get("version").asLong());
		this.fx.send("supervisor", "GET", "/api/licensing/applications/" + id + "/audit", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.action == 'PROMISE_CHANGED')].actor")
			.isEqualTo(List.of("retailer.xihu"));
		this.fx.send("supervisor", "GET", "/api/licensing/applications/" + id + "/audit/verification", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true);
	}

	@Test
	void theApprovalOfACommittedApplicationSchedulesASiteCheckDueInTheConfiguredWorkingDays() {
		WorkingDayCalendar calendar = this.calendars.calendar().block();
		JsonNode approved = PostVerificationIntegrationTests.committedAndApproved(this.fx, Fixtures.creditCode());
		JsonNode task = PostVerificationIntegrationTests.task(this.fx, approved.get("id").asString());
		LocalDate decided = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		// licensing.credit.post-verification-days, 10 by default
		assertThat(task.get("dueOn").asString()).isEqualTo(calendar.addWorkingDays(decided, 10).due().toString());
		assertThat(task.get("jurisdiction").asString()).isEqualTo("330106");
		assertThat(CreditListsIntegrationTests.find(
				CreditListsIntegrationTests.all(this.fx, "inspector.xihu", CreditListsIntegrationTests.TASKS),
				task.get("id").asString()))
			.isNotNull();
		this.fx
			.send("clerk.shangcheng", "GET",
					"/api/licensing/applications/" + approved.get("id").asString() + "/post-verification", null)
			.expectStatus()
			.isNotFound();
	}

	@Test
	void anApplicationWithoutACommitmentKeepsTheOrdinaryPromise() {
		WorkingDayCalendar calendar = this.calendars.calendar().block();
		JsonNode submitted = this.fx.submittedNew("retailer.xihu", "330106");
		LocalDate submittedOn = LocalDate.parse(submitted.at("/deadlines/submittedOn").asString());
		assertThat(submitted.at("/deadlines/promiseCommitted").asBoolean()).isFalse();
		assertThat(submitted.at("/deadlines/promiseDue").asString())
			.isEqualTo(calendar.addWorkingDays(submittedOn, 5).due().toString());
	}

	@Test
	void theCommittedPromiseIsAJurisdictionSettingNoLongerThanTheOrdinaryOne() {
		this.fx.send("admin", "PUT", SETTINGS, xihu(6))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("committedPromiseDays");
		this.fx.send("admin", "PUT", SETTINGS, xihu(0)).expectStatus().isBadRequest();
		this.fx.send("clerk.xihu", "PUT", SETTINGS, xihu(1)).expectStatus().isForbidden();
		this.fx.send("admin", "PUT", SETTINGS, xihu(1)).expectStatus().isOk();
		// Left out, the value in force stays.
		this.fx.send("admin", "PUT", SETTINGS, xihu(null)).expectStatus().isOk();
		this.fx.send("clerk.xihu", "GET", SETTINGS, null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.committedPromiseDays")
			.isEqualTo(1);
		WorkingDayCalendar calendar = this.calendars.calendar().block();
		String id = committedDraft()[0];
		JsonNode submitted = this.fx.act("retailer.xihu", id, "submission")
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(submitted.at("/deadlines/promiseDue").asString())
			.isEqualTo(calendar.addWorkingDays(LocalDate.parse(submitted.at("/deadlines/submittedOn").asString()), 1)
				.due()
				.toString());
	}

	@Test
	void theMaterialsCheckCountsACommittedDocumentAsPresentAndSaysSo() {
		String id = committedDraft()[0];
		this.fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		JsonNode materials = materials(id);
		assertThat(materials.get("passed").asBoolean()).isTrue();
		assertThat(materials.get("measured").asDouble()).isZero();
		assertThat(materials.get("detail").asString()).contains("材料齐全")
			.contains("以告知承诺代替")
			.contains("场所使用证明")
			// items by their labels, never by their keys (issue 13 point 2)
			.doesNotContain("document:");
		// in the reader's language (issue 13 point 9)
		assertThat(this.fx.check(id, "INCOMPLETE_MATERIALS", "en").get("detail").asString())
			.isEqualTo("Complete; committed instead of proven: proof of use of the premises");

		String proven = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		assertThat(materials(proven).get("detail").asString()).isEqualTo("材料齐全");
	}

	/**
	 * A complete NEW draft whose PREMISES_PROOF is committed, not uploaded: {id,
	 * commitment}.
	 */
	private String[] committedDraft() {
		ApplicationDraftDto draft = Fixtures.draft("330106", Fixtures.creditCode());
		String id = this.fx.create("retailer.xihu", draft).get("id").asString();
		this.fx.upload("retailer.xihu", id, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO");
		String commitment = this.fx
			.send("retailer.xihu", "POST", "/api/licensing/applications/" + id + "/commitments",
					CommitmentsIntegrationTests.signature(1, null, draft.getOperatorIdNumber()))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		return new String[] { id, commitment };
	}

	private JsonNode materials(String id) {
		return this.fx.check(id, "INCOMPLETE_MATERIALS");
	}

}
