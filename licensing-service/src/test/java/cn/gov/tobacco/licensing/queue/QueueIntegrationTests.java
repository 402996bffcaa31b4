package cn.gov.tobacco.licensing.queue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.AttachmentRequestDto;
import cn.gov.tobacco.licensing.api.model.BundleRequestDto;
import cn.gov.tobacco.licensing.api.model.ChangeSubjectDto;
import cn.gov.tobacco.licensing.api.model.PremisesDto;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class QueueIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	CalendarService calendars;

	Fixtures fx;

	@BeforeEach
	void setUp() {
		this.fx = new Fixtures(this.http);
	}

	@Test
	void searchByNumberNameOrCreditCodeFindsTheItemOnlyInsideTheSubtree() {
		JsonNode a = this.fx.submittedNew("retailer.xihu", "330106");
		String number = a.get("number").asString();
		JsonNode page = queue("clerk.xihu", "q=" + number);
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.at("/items/0/id").asString()).isEqualTo(a.get("id").asString());
		assertThat(page.at("/items/0/risk").asString()).isEqualTo("LATER");
		assertThat(queue("clerk.xihu", "q=" + a.get("creditCode").asString()).get("total").asLong()).isEqualTo(1);
		assertThat(queue("clerk.xihu", "q=" + a.get("businessName").asString().substring(5)).get("total").asLong())
			.isEqualTo(1);
		assertThat(queue("approver", "q=" + number).get("total").asLong()).isEqualTo(1);
		assertThat(queue("clerk.shangcheng", "q=" + number).get("total").asLong()).isZero();
		assertThat(queue("clerk.xihu", "q=" + number + "&state=ACCEPTED").get("total").asLong()).isZero();
		assertThat(queue("clerk.xihu", "q=" + number + "&district=330102").get("total").asLong()).isZero();
		assertThat(queue("clerk.xihu", "q=" + number + "&type=NEW&district=330106").get("total").asLong()).isEqualTo(1);
	}

	@Test
	void anItemDueWithinTwoWorkingDaysIsInTheDueSoonBucket() {
		JsonNode a = this.fx.submittedNew("retailer.xihu", "330106");
		String number = a.get("number").asString();
		WorkingDayCalendar calendar = this.calendars.calendar().block();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		dueOn(a.get("id").asString(), calendar.addWorkingDays(today, 2).due());
		assertThat(queue("clerk.xihu", "q=" + number).at("/items/0/risk").asString()).isEqualTo("DUE_SOON");
		dueOn(a.get("id").asString(), calendar.addWorkingDays(today, 3).due());
		assertThat(queue("clerk.xihu", "q=" + number).at("/items/0/risk").asString()).isEqualTo("LATER");
		dueOn(a.get("id").asString(), today);
		assertThat(queue("clerk.xihu", "q=" + number).at("/items/0/risk").asString()).isEqualTo("DUE_TODAY");
		dueOn(a.get("id").asString(), today.minusDays(1));
		assertThat(queue("clerk.xihu", "q=" + number).at("/items/0/risk").asString()).isEqualTo("OVERDUE");
	}

	/** Test set-up: moves the item's current deadline (as time passing would). */
	void dueOn(String id, LocalDate due) {
		this.db.sql("update application set current_due = :due where id = :id")
			.bind("due", due)
			.bind("id", java.util.UUID.fromString(id))
			.then()
			.block();
	}

	@Test
	void theQueueIsSortedByDueDateAndKeysetPagedWithTheTrueTotal() {
		for (int i = 0; i < 3; i++) {
			this.fx.submittedNew("retailer.xihu", "330106");
		}
		JsonNode first = queue("clerk.xihu", "limit=2");
		long total = first.get("total").asLong();
		assertThat(total).isGreaterThanOrEqualTo(3);
		Set<String> seen = new HashSet<>();
		String lastDue = "";
		JsonNode page = first;
		while (true) {
			for (JsonNode item : page.get("items")) {
				assertThat(seen.add(item.get("id").asString())).isTrue();
				String due = item.hasNonNull("currentDue") ? item.get("currentDue").asString() : "9999-12-31";
				assertThat(due).isGreaterThanOrEqualTo(lastDue);
				lastDue = due;
			}
			if (!page.hasNonNull("nextCursor") || seen.size() >= 60) {
				break;
			}
			page = queue("clerk.xihu", "limit=20&cursor=" + page.get("nextCursor").asString());
		}
		assertThat(seen.size()).isLessThanOrEqualTo((int) total);
	}

	@Test
	void retailersHaveNoQueue() {
		this.fx.send("retailer.xihu", "GET", "/api/licensing/queue", null).expectStatus().isForbidden();
	}

	@Test
	void aBundleKeepsEachItemsStateAndShowsTheSum() {
		String licenseNo = this.fx.approvedNew("retailer.xihu");
		BundleRequestDto bundle = new BundleRequestDto().addItemsItem(new ApplicationDraftDto(ApplicationTypeDto.CHANGE)
			.licenseNo(licenseNo)
			.changeSubject(ChangeSubjectDto.PREMISES)
			.mobile("13812345678")
			.premises(new PremisesDto().address("杭州市新址路 8 号").divisionCode("330106").latitude(30.31).longitude(120.02)))
			.addItemsItem(new ApplicationDraftDto(ApplicationTypeDto.CHANGE).licenseNo(licenseNo)
				.changeSubject(ChangeSubjectDto.OPERATOR)
				.mobile("13812345678")
				.operatorName("李四")
				.operatorIdNumber("11010519491231002X"));
		JsonNode created = this.fx.send("retailer.xihu", "POST", "/api/licensing/bundles", bundle)
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		String bundleId = created.get("id").asString();
		assertThat(created.get("total").asInt()).isEqualTo(2);
		this.fx.upload("retailer.xihu", created.at("/items/0/id").asString(), "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.upload("retailer.xihu", created.at("/items/1/id").asString(), "ID_CARD");
		JsonNode submitted = this.fx
			.send("retailer.xihu", "POST", "/api/licensing/bundles/" + bundleId + "/submission", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(submitted.at("/byState/SUBMITTED").asInt()).isEqualTo(2);
		assertThat(submitted.get("nextDue").asString()).isNotBlank();
		String premisesItem = submitted.at("/items/0/id").asString();
		this.fx.act("clerk.xihu", premisesItem, "acceptance").expectStatus().isOk();
		this.fx.send("retailer.xihu", "GET", "/api/licensing/bundles/" + bundleId, null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.byState.ACCEPTED")
			.isEqualTo(1)
			.jsonPath("$.byState.SUBMITTED")
			.isEqualTo(1);
		this.fx.send("retailer.shangcheng", "GET", "/api/licensing/bundles/" + bundleId, null)
			.expectStatus()
			.isNotFound();
	}

	@Test
	void verifiedDocumentsAreReusedWithoutUploadingAgain() {
		String id = this.fx.submittedNew("retailer.xihu", "330106").get("id").asString();
		this.fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		JsonNode reusable = this.fx.send("retailer.xihu", "GET", "/api/licensing/documents", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(reusable.size()).isGreaterThanOrEqualTo(4);
		String documentId = reusable.get(0).get("id").asString();
		String draft = this.fx.create("retailer.xihu", Fixtures.draft("330106", Fixtures.creditCode()))
			.get("id")
			.asString();
		this.fx
			.send("retailer.xihu", "POST", "/api/licensing/applications/" + draft + "/attachments",
					new AttachmentRequestDto(UUID.fromString(documentId)))
			.expectStatus()
			.isCreated();
		this.fx.send("retailer.xihu", "GET", "/api/licensing/applications/" + draft + "/documents", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].id")
			.isEqualTo(List.of(documentId));
		this.fx.send("retailer.shangcheng", "GET", "/api/licensing/documents", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == '" + documentId + "')]")
			.doesNotExist();
	}

	@Test
	void theQueueFiltersBySubmissionDate() {
		JsonNode a = this.fx.submittedNew("retailer.xihu", "330106");
		String number = a.get("number").asString();
		String on = a.at("/deadlines/submittedOn").asString();
		String after = java.time.LocalDate.parse(on).plusDays(1).toString();
		String before = java.time.LocalDate.parse(on).minusDays(1).toString();
		assertThat(queue("clerk.xihu", "q=" + number + "&submittedFrom=" + on + "&submittedTo=" + on).get("total")
			.asLong()).isEqualTo(1);
		assertThat(queue("clerk.xihu", "q=" + number + "&submittedFrom=" + after).get("total").asLong()).isZero();
		assertThat(queue("clerk.xihu", "q=" + number + "&submittedTo=" + before).get("total").asLong()).isZero();
	}

	JsonNode queue(String user, String query) {
		return this.fx.send(user, "GET", "/api/licensing/queue?" + query, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
