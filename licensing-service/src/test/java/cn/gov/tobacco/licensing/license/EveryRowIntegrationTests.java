package cn.gov.tobacco.licensing.license;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.licensing.DemoUsers;
import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.LicensingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 point 3: the license list and the license jobs see every row, not the first
 * 200. Rows beyond one page are cloned from a real license by SQL, for speed.
 */
@LicensingIntegrationTest
class EveryRowIntegrationTests {

	static final int CLONES = 250;

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	LicenseExpiryJob expiry;

	@Test
	void theStaffLicenseListPagesThroughEveryLicenseWithTheTrueTotal() {
		String prefix = clones(null);
		Set<String> seen = new HashSet<>();
		String cursor = null;
		long total = -1;
		do {
			String uri = "/api/licensing/licenses?limit=100" + ((cursor != null) ? "&cursor=" + cursor : "");
			JsonNode page = this.http.get()
				.uri(uri)
				.headers((h) -> h.setBearerAuth(DemoUsers.token("clerk.xihu")))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(JsonNode.class)
				.returnResult()
				.getResponseBody();
			if (total < 0) {
				total = page.get("total").asLong();
			}
			assertThat(page.get("total").asLong()).isEqualTo(total);
			assertThat(page.get("limit").asInt()).isEqualTo(100);
			page.get("items").forEach((l) -> assertThat(seen.add(l.get("number").asString())).isTrue());
			cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asString() : null;
		}
		while (cursor != null);
		assertThat(total).isGreaterThan(CLONES);
		assertThat(seen).hasSize((int) total);
		assertThat(seen.stream().filter((n) -> n.startsWith(prefix))).hasSize(CLONES);
	}

	@Test
	void theExpiryJobExpiresEveryLicensePastItsValidity() {
		LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
		String prefix = clones(yesterday);
		this.expiry.runOnce().block();
		assertThat(this.db.sql("select count(*) from license where number like :p and status = 'EXPIRED'")
			.bind("p", prefix + "%")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block()).isEqualTo(CLONES);
	}

	/**
	 * {@value #CLONES} copies of a new license in Xihu (with {@code validUntil} if given,
	 * and no mobile, so no text messages go out); returns their number prefix.
	 */
	String clones(LocalDate validUntil) {
		String licenseNo = new Fixtures(this.http).approvedNew("retailer.xihu");
		String prefix = "T" + UUID.randomUUID().toString().substring(0, 8);
		String until = (validUntil != null) ? ", 'valid_from', :until::date - 365, 'valid_until', :until::date" : "";
		var spec = this.db
			.sql("insert into license select (jsonb_populate_record(null::license, to_jsonb(l) "
					+ "|| jsonb_build_object('id', gen_random_uuid(), 'number', :prefix || lpad(g::text, 4, '0'), "
					+ "'mobile', null" + until + "))).* from license l, generate_series(1, " + CLONES + ") g "
					+ "where l.number = :n")
			.bind("prefix", prefix)
			.bind("n", licenseNo);
		if (validUntil != null) {
			spec = spec.bind("until", validUntil);
		}
		assertThat(spec.fetch().rowsUpdated().block()).isEqualTo(CLONES);
		return prefix;
	}

}
