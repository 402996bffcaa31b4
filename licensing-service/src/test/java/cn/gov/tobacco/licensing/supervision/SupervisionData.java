package cn.gov.tobacco.licensing.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.licensing.Fixtures;
import cn.gov.tobacco.licensing.api.model.VisitFindingsDto;
import cn.gov.tobacco.licensing.api.model.VisitResultDto;

/**
 * Data the supervision tests need and the API cannot make quickly: licenses in a state,
 * place and age of the test's choosing, and visits of a past or future day (the register
 * of a real bureau holds both).
 */
final class SupervisionData {

	static final String SUP = "/api/licensing/supervision";

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final DatabaseClient db;

	private final Fixtures fx;

	SupervisionData(DatabaseClient db, Fixtures fx) {
		this.db = db;
		this.fx = fx;
	}

	/** A district of the demo city no other test uses (330120–330149). */
	static String district() {
		return "3301" + (20 + ThreadLocalRandom.current().nextInt(30));
	}

	/** A holder of its own, so that its credit records touch no other test. */
	static String holder() {
		return "retailer.sup" + ThreadLocalRandom.current().nextInt(1_000_000);
	}

	/** A license written to the register; returns its number. */
	String license(String jurisdiction, String holder, String status, LocalDate validUntil, Double latitude,
			Double longitude, Instant issuedAt, Instant updatedAt) {
		String number = jurisdiction + (LocalDate.now(CHINA).getYear() - 1)
				+ String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
		this.db.sql("delete from license where number = :no").bind("no", number).then().block();
		var spec = this.db.sql("insert into license (id, number, jurisdiction, holder_subject, business_name, "
				+ "credit_code, operator_name, operator_id_number, premises_address, premises_division, latitude, "
				+ "longitude, business_scope, valid_from, valid_until, status, version, issued_at, updated_at) values "
				+ "(gen_random_uuid(), :no, :j, :holder, :name, '91330100MA00000000', '张检查', '110101199003070000', "
				+ "'测试路 ' || :no || ' 号', :j, :lat, :lon, '卷烟、雪茄烟零售', :from, :until, :status, 0, :issued, "
				+ ":updated)")
			.bind("no", number)
			.bind("j", jurisdiction)
			.bind("holder", holder)
			.bind("name", "监管测试商店" + number.substring(10))
			.bind("from", validUntil.minusYears(4))
			.bind("until", validUntil)
			.bind("status", status)
			.bind("issued", issuedAt.atOffset(java.time.ZoneOffset.UTC))
			.bind("updated", updatedAt.atOffset(java.time.ZoneOffset.UTC));
		spec = (latitude != null) ? spec.bind("lat", latitude) : spec.bindNull("lat", Double.class);
		spec = (longitude != null) ? spec.bind("lon", longitude) : spec.bindNull("lon", Double.class);
		spec.then().block();
		return number;
	}

	/** An ACTIVE license valid for two more years, issued a year ago, without a place. */
	String license(String jurisdiction, String holder) {
		Instant yearAgo = Instant.now().minusSeconds(365L * 24 * 3600);
		return license(jurisdiction, holder, "ACTIVE", LocalDate.now(CHINA).plusYears(2), null, null, yearAgo, yearAgo);
	}

	/**
	 * A visit outside any plan as it stands in the register: {@code result} null for a
	 * PLANNED or CANCELLED one; {@code licenseNo} and {@code grade} null for a shop
	 * without a license.
	 */
	UUID visit(String licenseNo, String jurisdiction, String kind, String grade, String inspector, LocalDate dueOn,
			String state, String result) {
		UUID id = UUID.randomUUID();
		var spec = this.db
			.sql("insert into inspection_visit (id, plan_id, month, license_no, jurisdiction, kind, grade, "
					+ "reasons, inspector, due_on, state, result, recorded_at, recorded_by, created_by) values (:id, null, "
					+ ":month, :no, :j, :kind, :grade, array[:kind], :inspector, :due, :state, :result, "
					+ (("DONE".equals(state)) ? "now(), :inspector" : "null, null") + ", 'test')")
			.bind("id", id)
			.bind("month", YearMonth.from(dueOn).atDay(1))
			.bind("j", jurisdiction)
			.bind("kind", kind)
			.bind("inspector", inspector)
			.bind("due", dueOn)
			.bind("state", state);
		spec = (result != null) ? spec.bind("result", result) : spec.bindNull("result", String.class);
		spec = (licenseNo != null) ? spec.bind("no", licenseNo) : spec.bindNull("no", String.class);
		spec = (grade != null) ? spec.bind("grade", grade) : spec.bindNull("grade", String.class);
		spec.then().block();
		return id;
	}

	/**
	 * Records the visit as its inspector would on the phone: every checklist item
	 * answered (the first FAIL for a VIOLATION), the operator refusing to sign.
	 */
	JsonNode record(String inspector, String visitId, String result) {
		VisitFindingsDto findings = Fixtures
			.findings(VisitResultDto.fromValue(result),
					this.fx.get(inspector, SUP + "/visits/" + visitId, "zh-CN").get("checklist"))
			.signatureRefusal("经营者拒绝签字")
			.summary("检查结论已告知经营者")
			.internalNote("内部备注-不公开");
		return this.fx.send(inspector, "POST", SUP + "/visits/" + visitId + "/record", findings)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	/** An UNPLANNED visit the inspector opens for the license; returns its id. */
	String unplanned(String inspector, String licenseNo) {
		return this.fx.send(inspector, "POST", SUP + "/visits", Fixtures.unplannedVisit(licenseNo))
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
	}

	/** A JSON answer that carries no texts to localize. */
	JsonNode read(String user, String path) {
		return this.fx.send(user, "GET", path, null)
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	long count(String sql) {
		return this.db.sql(sql).map((row) -> row.get(0, Long.class)).one().block();
	}

}
