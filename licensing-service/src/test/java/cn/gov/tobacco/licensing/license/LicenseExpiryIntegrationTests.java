package cn.gov.tobacco.licensing.license;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;

import static org.assertj.core.api.Assertions.assertThat;

@LicensingIntegrationTest
class LicenseExpiryIntegrationTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	LicenseExpiryJob job;

	@Test
	void aLicensePastItsValidityExpiresOnceTheHolderIsToldAndItCannotBeRenewed() {
		Fixtures fx = new Fixtures(this.http);
		String licenseNo = fx.approvedNew("retailer.xihu");
		LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
		this.db.sql("update license set valid_from = :from, valid_until = :until where number = :n")
			.bind("from", yesterday.minusYears(5).plusDays(1))
			.bind("until", yesterday)
			.bind("n", licenseNo)
			.then()
			.block();
		this.job.runOnce().block();
		this.job.runOnce().block();
		this.http.get()
			.uri("/api/licensing/public/licenses/{no}", licenseNo)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("EXPIRED");
		assertThat(count("select count(*) from notice n join license l on l.id = n.license_id "
				+ "where l.number = :n and n.kind = 'LICENSE_EXPIRED'", licenseNo))
			.isEqualTo(1);
		assertThat(count("select count(*) from outbox o join license l on l.id = o.aggregate_id "
				+ "where l.number = :n and o.event_type = 'LicenseExpired'", licenseNo))
			.isEqualTo(1);

		String renewal = fx.create("retailer.xihu", Fixtures.tied(ApplicationTypeDto.RENEWAL, licenseNo))
			.get("id")
			.asString();
		fx.upload("retailer.xihu", renewal, "BUSINESS_LICENSE", "ID_CARD");
		fx.act("retailer.xihu", renewal, "submission")
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("licenseNo");
	}

	private long count(String sql, String licenseNo) {
		return this.db.sql(sql).bind("n", licenseNo).map((row) -> row.get(0, Long.class)).one().block();
	}

}
