package cn.gov.tobacco.licensing.license;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.DecisionRequestDto;
import cn.gov.tobacco.licensing.api.model.JurisdictionSettingsDto;
import cn.gov.tobacco.licensing.api.model.RevocationRequestDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceKindDto;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class LicenseRulesIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	Fixtures fx;

	@BeforeEach
	void setUp() {
		this.fx = new Fixtures(this.http);
	}

	@Test
	void renewalLaterThan30DaysBeforeExpiryIsRefused() {
		String licenseNo = this.fx.approvedNew("retailer.xihu");
		expiresIn(licenseNo, 20);
		String id = tied(Fixtures.tied(ApplicationTypeDto.RENEWAL, licenseNo), "BUSINESS_LICENSE", "ID_CARD");
		this.fx.act("retailer.xihu", id, "submission")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("licenseNo");
	}

	@Test
	void renewalInTimeExtendsTheValidityByAtMostFiveYears() {
		String licenseNo = this.fx.approvedNew("retailer.xihu");
		LocalDate until = expiresIn(licenseNo, 60);
		String id = tied(Fixtures.tied(ApplicationTypeDto.RENEWAL, licenseNo), "BUSINESS_LICENSE", "ID_CARD");
		this.fx.act("retailer.xihu", id, "submission").expectStatus().isOk();
		decide(id, "APPROVED");
		JsonNode license = license(licenseNo);
		assertThat(license.get("validFrom").asString()).isEqualTo(until.plusDays(1).toString());
		assertThat(license.get("validUntil").asString()).isEqualTo(until.plusYears(5).toString());
	}

	@Test
	void suspensionLongerThanAYearIsRefusedAndAShorterOneSuspendsTheLicense() {
		String licenseNo = this.fx.approvedNew("retailer.xihu");
		LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
		String tooLong = tied(Fixtures.suspension(licenseNo, from, from.plusYears(1)), "ID_CARD");
		this.fx.act("retailer.xihu", tooLong, "submission")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("suspendUntil");
		String ok = tied(Fixtures.suspension(licenseNo, from, from.plusMonths(3)), "ID_CARD");
		this.fx.act("retailer.xihu", ok, "submission").expectStatus().isOk();
		decide(ok, "APPROVED");
		assertThat(license(licenseNo).get("status").asString()).isEqualTo("SUSPENDED");

		String resume = tied(Fixtures.tied(ApplicationTypeDto.RESUMPTION, licenseNo), "ID_CARD");
		this.fx.act("retailer.xihu", resume, "submission").expectStatus().isOk();
		decide(resume, "APPROVED");
		assertThat(license(licenseNo).get("status").asString()).isEqualTo("ACTIVE");

		String close = tied(Fixtures.tied(ApplicationTypeDto.CLOSURE, licenseNo), "ID_CARD");
		this.fx.act("retailer.xihu", close, "submission").expectStatus().isOk();
		decide(close, "APPROVED");
		this.http.get()
			.uri("/api/licensing/public/licenses/{no}", licenseNo)
			.exchange()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CLOSED");
	}

	@Test
	void aTiedApplicationNeedsALicenseTheRetailerHolds() {
		String licenseNo = this.fx.approvedNew("retailer.xihu");
		this.fx
			.send("retailer.shangcheng", "POST", "/api/licensing/applications",
					Fixtures.tied(ApplicationTypeDto.CLOSURE, licenseNo))
			.expectStatus()
			.isEqualTo(422);
		this.fx.send("retailer.shangcheng", "GET", "/api/licensing/licenses/" + licenseNo, null)
			.expectStatus()
			.isNotFound();
	}

	@Test
	void revocationForFraudBarsTheHolderAndTheCheckShowsIt() {
		String licenseNo = this.fx.approvedNew("retailer.xihu");
		JsonNode license = license(licenseNo);
		this.fx
			.send("clerk.xihu", "POST", "/api/licensing/licenses/" + licenseNo + "/revocation",
					new RevocationRequestDto("x").fraud(true))
			.expectStatus()
			.isForbidden();
		this.fx
			.send("approver", "POST", "/api/licensing/licenses/" + licenseNo + "/revocation",
					new RevocationRequestDto("提交虚假材料取得许可").fraud(true))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("REVOKED");
		String again = this.fx.create("retailer.xihu", Fixtures.draft("330106", license.get("creditCode").asString()))
			.get("id")
			.asString();
		this.fx.upload("retailer.xihu", again, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.act("retailer.xihu", again, "submission").expectStatus().isOk();
		this.fx.send("clerk.xihu", "GET", "/api/licensing/applications/" + again + "/checks", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.code == 'BARRED_APPLICANT')].passed")
			.isEqualTo(List.of(false));
	}

	@Test
	void aSchoolTooCloseAndAnOutletTooNearAreShownWithTheirDistances() {
		limits("330106", 100, 50);
		JsonNode first = this.fx.submittedNew("retailer.xihu", "330106");
		String licenseNo = this.fx.approvedNew("retailer.xihu");
		JsonNode outlet = license(licenseNo);
		double lat = outlet.at("/premises/latitude").asDouble();
		double lon = outlet.at("/premises/longitude").asDouble();
		this.fx
			.send("admin", "POST", "/api/licensing/admin/sensitive-places",
					new SensitivePlaceDto(SensitivePlaceKindDto.KINDERGARTEN, "测试幼儿园", "330106", lat + 0.0003, lon))
			.expectStatus()
			.isCreated();
		ApplicationDraftDto draft = Fixtures.draft("330106", Fixtures.creditCode());
		draft.getPremises().latitude(lat + 0.0002).longitude(lon);
		String near = this.fx.create("retailer.xihu", draft).get("id").asString();
		this.fx.upload("retailer.xihu", near, "BUSINESS_LICENSE", "ID_CARD", "PREMISES_PHOTO", "PREMISES_PROOF");
		this.fx.act("retailer.xihu", near, "submission").expectStatus().isOk();
		// Both checks must be there: the draft has coordinates and is a NEW application.
		JsonNode school = this.fx.check(near, "SCHOOL_DISTANCE");
		assertThat(school.get("passed").asBoolean()).isFalse();
		assertThat(school.get("measured").asDouble()).isBetween(5.0, 20.0);
		assertThat(school.get("limit").asDouble()).isEqualTo(100.0);
		JsonNode spacing = this.fx.check(near, "OUTLET_SPACING");
		assertThat(spacing.get("passed").asBoolean()).isFalse();
		assertThat(spacing.get("measured").asDouble()).isBetween(15.0, 30.0);
		assertThat(spacing.get("limit").asDouble()).isGreaterThan(30.0);
		assertThat(first.get("state").asString()).isEqualTo("SUBMITTED");
	}

	/**
	 * Test set-up: the district's school distance is {@code school} and its outlet
	 * spacing at least {@code spacing} metres (changed only when another value is in
	 * force).
	 */
	void limits(String code, int school, int spacing) {
		JsonNode settings = this.fx
			.send("admin", "GET", "/api/licensing/admin/jurisdictions/" + code + "/settings", null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		if (settings.get("schoolDistanceMetres").asInt() != school
				|| settings.get("outletSpacingMetres").asInt() < spacing) {
			this.fx.send("admin", "PUT", "/api/licensing/admin/jurisdictions/" + code + "/settings",
					new JurisdictionSettingsDto(settings.get("name").asString(), settings.get("promiseDays").asInt(),
							school, Math.max(spacing, settings.get("outletSpacingMetres").asInt())))
				.expectStatus()
				.isOk();
		}
	}

	/** Creates the tied draft and uploads these documents on it; returns its id. */
	String tied(ApplicationDraftDto draft, String... documents) {
		String id = this.fx.create("retailer.xihu", draft).get("id").asString();
		this.fx.upload("retailer.xihu", id, documents);
		return id;
	}

	void decide(String id, String outcome) {
		this.fx.act("clerk.xihu", id, "acceptance").expectStatus().isOk();
		this.fx.act("clerk.xihu", id, "review").expectStatus().isOk();
		this.fx
			.act("approver", id, "decision",
					(v) -> new DecisionRequestDto().version(v)
						.outcome(DecisionRequestDto.OutcomeEnum.fromValue(outcome))
						.reason("依法决定"))
			.expectStatus()
			.isOk();
	}

	JsonNode license(String licenseNo) {
		return this.fx.send("retailer.xihu", "GET", "/api/licensing/licenses/" + licenseNo, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Test set-up: moves the license's end near (as a license issued years ago would be).
	 */
	LocalDate expiresIn(String licenseNo, int days) {
		LocalDate until = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(days);
		this.db.sql("update license set valid_from = :from, valid_until = :until where number = :n")
			.bind("from", until.minusYears(5).plusDays(1))
			.bind("until", until)
			.bind("n", licenseNo)
			.then()
			.block();
		return until;
	}

}
