package cn.gov.tobacco.complaints.idempotency;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.evidence.Jpegs;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;
import cn.gov.tobacco.complaints.intake.Reports;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotentIntakeIntegrationTests extends IntegrationTestSupport {

	@Test
	void doubleSubmittedFormCreatesOneCase() {
		String key = UUID.randomUUID().toString();
		String report = Reports.counterfeit("330106");
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
	void withoutAKeyEverySubmissionIsANewCase() {
		String report = Reports.counterfeit("330106");
		FiledBody first = file(report, null, null, Map.of()).expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		FiledBody second = file(report, null, null, Map.of()).expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		assertThat(second.caseNumber()).isNotEqualTo(first.caseNumber());
	}

}
