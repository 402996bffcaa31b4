package cn.gov.tobacco.complaints.intake;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.NewReportDto;

import static org.assertj.core.api.Assertions.assertThat;

class PublicReportsIntegrationTests extends IntegrationTestSupport {

	@Test
	void anonymousReportGetsCaseNumberAndTrackingCodeAndIsTrackedWithoutReporterData() {
		Reports.FiledBody filed = file(Reports.salesToMinors("330106"), null, null, Map.of()).expectStatus()
			.isCreated()
			.expectBody(Reports.FiledBody.class)
			.returnResult()
			.getResponseBody();
		assertThat(filed.caseNumber()).matches("12313-\\d{8}-\\d{6}");
		assertThat(filed.trackingCode()).matches("[A-Z0-9]{20}");
		assertThat(filed.state()).isEqualTo("RECEIVED");
		assertThat(filed.caseId()).as("a citizen's answer carries no internal case id").isNull();

		String tracked = client().get()
			.uri("/api/complaints/public/reports/{code}", filed.trackingCode())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(tracked).contains(filed.caseNumber(), "\"state\":\"RECEIVED\"", "progress");
		assertThat(tracked).doesNotContain("张", "13812345678", "138****", "11010519491231002X", "reporter");
	}

	@Test
	void trackingCodeIsCaseInsensitiveAndAnUnknownOneIsNotFound() {
		Reports.FiledBody filed = file(Reports.counterfeit("330106"), null, null, Map.of()).expectStatus()
			.isCreated()
			.expectBody(Reports.FiledBody.class)
			.returnResult()
			.getResponseBody();
		client().get()
			.uri("/api/complaints/public/reports/{code}", filed.trackingCode().toLowerCase())
			.exchange()
			.expectStatus()
			.isOk();
		client().get()
			.uri("/api/complaints/public/reports/{code}", "ZZZZZZZZZZZZZZZZZZZZ")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found");
	}

	@Test
	void addressOutsideTheBureauIsNotAcceptedWithAReadableReason() {
		file(Reports.counterfeit("110105"), null, null, Map.of()).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("NOT_ACCEPTED")
			.jsonPath("$.notAcceptedReason")
			.value((reason) -> assertThat((String) reason).contains("管辖范围"));
	}

	@Test
	void reportWithoutConcreteFactsIsNotAccepted() {
		NewReportDto json = Reports.report(CaseKindDto.REPORT, "COUNTERFEIT", "330106", "某路" + Reports.unique(), "有假烟",
				null);
		file(json, null, null, Map.of()).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("NOT_ACCEPTED")
			.jsonPath("$.notAcceptedReason")
			.value((reason) -> assertThat((String) reason).contains("具体事实"));
	}

	@Test
	void missingFieldsAreListed() {
		// raw: required fields missing, which the generated type's constructor forbids
		file("{\"kind\":\"REPORT\"}", null, null, Map.of()).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation")
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(fields.toString()).contains("category", "address", "description"));
	}

	@Test
	void unknownKindIsAFieldError() {
		// raw: RUMOUR is no kind the contract has, so the generated type cannot carry it
		file(Reports.json("RUMOUR", "COUNTERFEIT", "330106", "天目山路" + Reports.unique() + "号 烟酒店",
				"该店柜台内销售的中华香烟包装印刷模糊，疑似假冒，价格明显低于市场价。", null), null, null, Map.of())
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation")
			.jsonPath("$.errors[0].field")
			.isEqualTo("kind");
	}

	@Test
	void unknownCategoryIsAFieldError() {
		file(Reports.counterfeit("330106").category("GOSSIP"), null, null, Map.of()).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("category");
	}

	@Test
	void malformedJsonIsABadRequest() {
		// raw: malformed JSON
		file("{\"kind\": ", null, null, Map.of()).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/malformed-request");
	}

	@Test
	void aJsonBodyInsteadOfTheFormIsUnsupported() {
		client().post()
			.uri("/api/complaints/public/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Reports.counterfeit("330106"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unsupported-media-type");
	}

	@Test
	void staffListNeedsSignIn() {
		client().get()
			.uri("/api/complaints/cases")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unauthorized");
	}

}
