package cn.gov.tobacco.complaints.idempotency;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.NewReportDto;
import cn.gov.tobacco.complaints.evidence.Jpegs;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotentIntakeIntegrationTests extends IntegrationTestSupport {

	@Value("${spring.flyway.url}")
	String ownerUrl;

	@Test
	void doubleSubmittedFormCreatesOneCase() {
		String key = UUID.randomUUID().toString();
		NewReportDto report = Reports.counterfeit("330106");
		byte[] photo = Jpegs.withExifLocation(500);
		FiledBody first = file(report, photo, "a.jpg", Map.of("Idempotency-Key", key)).expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		FiledBody second = file(report, photo, "a.jpg", Map.of("Idempotency-Key", key)).expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		assertThat(second).isEqualTo(first);
	}

	@Test
	void sameKeyWithOtherContentIsRefused() {
		String key = UUID.randomUUID().toString();
		file(Reports.counterfeit("330106"), null, null, Map.of("Idempotency-Key", key)).expectStatus().isCreated();
		file(Reports.counterfeit("330102"), null, null, Map.of("Idempotency-Key", key)).expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/idempotency-mismatch");
	}

	@Test
	void sameKeyAndSameReportWithOtherPhotoBytesIsRefusedNotReplayed() {
		String key = UUID.randomUUID().toString();
		NewReportDto report = Reports.counterfeit("330106");
		file(report, cn.gov.tobacco.complaints.evidence.Jpegs.withExifLocation(1000), "a.jpg",
				Map.of("Idempotency-Key", key))
			.expectStatus()
			.isCreated();
		file(report, cn.gov.tobacco.complaints.evidence.Jpegs.withExifLocation(1001), "a.jpg",
				Map.of("Idempotency-Key", key))
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/idempotency-mismatch");
	}

	@Test
	void aKeyStillInFlightIs409AndFilesNothing() throws Exception {
		String key = UUID.randomUUID().toString();
		// A first request in flight holds its key's lock until its transaction ends.
		try (Connection first = DriverManager.getConnection(this.ownerUrl, "postgres", "")) {
			first.setAutoCommit(false);
			try (PreparedStatement lock = first.prepareStatement("select pg_advisory_xact_lock(?)")) {
				lock.setLong(1, IdempotencyStore.lockId("anonymous", key, "POST /api/complaints/public/reports"));
				lock.execute();
			}
			file(Reports.counterfeit("330106"), null, null, Map.of("Idempotency-Key", key)).expectStatus()
				.isEqualTo(HttpStatus.CONFLICT)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/idempotency-in-flight");
			first.rollback();
		}
	}

	@Test
	void aMalformedKeyIsAFieldError() {
		file(Reports.counterfeit("330106"), null, null, Map.of("Idempotency-Key", "两个 字")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("idempotencyKey");
	}

	@Test
	void withoutAKeyEverySubmissionIsANewCase() {
		NewReportDto report = Reports.counterfeit("330106");
		FiledBody first = file(report, null, null, Map.of()).expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		FiledBody second = file(report, null, null, Map.of()).expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		assertThat(second.caseNumber()).isNotEqualTo(first.caseNumber());
	}

}
