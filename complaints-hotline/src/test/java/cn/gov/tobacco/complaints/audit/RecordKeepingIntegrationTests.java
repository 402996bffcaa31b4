package cn.gov.tobacco.complaints.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;
import cn.gov.tobacco.complaints.api.model.CaseActionRequestDto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service connects as complaints_app, which may read and append audit rows and
 * nothing else; a trigger refuses rewrites even to the owner. New chains verify through
 * the API.
 */
class RecordKeepingIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private DatabaseClient db;

	@Value("${spring.flyway.url}")
	private String ownerJdbcUrl;

	@Value("${spring.flyway.user}")
	private String owner;

	@Test
	void theServiceConnectsAsTheAppRoleWhichCannotRewriteAuditRows() {
		UUID caseId = fileAndFindCase();
		assertThat(this.db.sql("SELECT current_user AS u").map((row, meta) -> row.get("u", String.class)).one().block())
			.isEqualTo("complaints_app");

		assertThatThrownBy(() -> this.db.sql("UPDATE audit_log SET actor = 'someone' WHERE aggregate_id = :id")
			.bind("id", caseId)
			.then()
			.block()).hasMessageContaining("permission denied");
		assertThatThrownBy(
				() -> this.db.sql("DELETE FROM audit_log WHERE aggregate_id = :id").bind("id", caseId).then().block())
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.db.sql("TRUNCATE audit_log").then().block())
			.hasMessageContaining("permission denied");

		assertThat(this.db.sql("SELECT count(*) AS n FROM audit_log WHERE aggregate_id = :id")
			.bind("id", caseId)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block()).isPositive();
	}

	@Test
	void evenTheSchemaOwnerCannotUpdateDeleteOrTruncateAuditRows() throws SQLException {
		UUID caseId = fileAndFindCase();
		try (Connection connection = DriverManager.getConnection(this.ownerJdbcUrl, this.owner, "");
				Statement statement = connection.createStatement()) {
			statement.execute("SET search_path TO complaints");
			assertThatThrownBy(() -> statement
				.executeUpdate("UPDATE audit_log SET actor = 'x' WHERE aggregate_id = '" + caseId + "'"))
				.hasMessageContaining("append-only");
			assertThatThrownBy(
					() -> statement.executeUpdate("DELETE FROM audit_log WHERE aggregate_id = '" + caseId + "'"))
				.hasMessageContaining("append-only");
			assertThatThrownBy(() -> statement.execute("TRUNCATE audit_log")).hasMessageContaining("append-only");
		}
	}

	@Test
	void newEntriesAreWrittenInThePlatformFormatAndTheChainVerifies() {
		UUID caseId = fileAndFindCase();
		client().post()
			.uri("/api/complaints/cases/{id}/actions", caseId)
			.headers((h) -> h.setBearerAuth(tokenOf("agent")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new CaseActionRequestDto(CaseActionDto.ACCEPT, 0L))
			.exchange()
			.expectStatus()
			.isOk();
		JsonNode audit = getJson("/api/complaints/cases/{id}/audit", caseId);
		assertThat(audit.get("intact").asBoolean()).isTrue();
		assertThat(audit.get("entries").asInt()).isEqualTo(2);
		assertThat(this.db
			.sql("""
					SELECT bool_and(aggregate_type = 'case' AND hash_format = 2) AS ok FROM audit_log WHERE aggregate_id = :id""")
			.bind("id", caseId)
			.map((row, meta) -> row.get("ok", Boolean.class))
			.one()
			.block()).isTrue();
		assertThat(this.db.sql("""
				SELECT count(*) AS n FROM outbox WHERE aggregate_type = 'case' AND aggregate_id = :id""")
			.bind("id", caseId)
			.map((row, meta) -> row.get("n", Long.class))
			.one()
			.block()).isEqualTo(2);
	}

	@Test
	void anEntryInTheOldFormatCannotBeAppendedAnyMore() {
		UUID caseId = fileAndFindCase();
		assertThatThrownBy(() -> this.db
			.sql("""
					INSERT INTO audit_log (aggregate_type, aggregate_id, seq, action, actor, detail, at, prev_hash, hash, hash_format)
					VALUES ('case', :id, 99, 'FORGED', 'x', 'x', now(), :h, :h, 1)""")
			.bind("id", caseId)
			.bind("h", "0".repeat(64))
			.then()
			.block()).hasMessageContaining("audit_log_legacy_format_closed");
	}

	private UUID fileAndFindCase() {
		String number = file(Reports.counterfeit("330106"), null, null, Map.of()).expectStatus()
			.isCreated()
			.expectBody(Reports.FiledBody.class)
			.returnResult()
			.getResponseBody()
			.caseNumber();
		return this.db.sql("SELECT id FROM cases WHERE case_number = :n")
			.bind("n", number)
			.map((row, meta) -> row.get("id", UUID.class))
			.one()
			.block();
	}

	private JsonNode getJson(String path, Object... vars) {
		byte[] body = client().get()
			.uri(path, vars)
			.headers((h) -> h.setBearerAuth(tokenOf("supervisor")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
	}

}
