package cn.gov.tobacco.complaints.intake;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.api.model.AddressDto;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.NewCallDto;
import cn.gov.tobacco.complaints.api.model.NewReportDto;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No case may become unreachable: a code inside the service area that is not a district
 * or county (the province 330000, the city 330100, the non-existent 330199) is refused at
 * intake, so it never sits RECEIVED where no agent or supervisor can see it.
 */
class UnreachableDivisionsIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private DatabaseClient db;

	@Test
	void aCitizensReportAtTheProvinceOrAnUnknownCodeIsRefusedAndNothingIsFiled() {
		for (String code : new String[] { "330000", "330199", "330100", "330199001" }) {
			String marker = Reports.unique();
			NewReportDto json = Reports.report(CaseKindDto.REPORT, "COUNTERFEIT", code, "某路" + marker + "号",
					"区划测试，" + marker + "，该店销售假冒卷烟多日。", null);
			file(json, null, null, Map.of()).expectStatus()
				.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
				.expectHeader()
				.contentType("application/problem+json")
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/business-rule")
				.jsonPath("$.errors[0].field")
				.isEqualTo("address.divisionCode");
			assertThat(casesMentioning(marker)).as(code).isZero();
		}
	}

	@Test
	void anAgentCannotLogACallAtACodeNoDistrictCovers() {
		client().post()
			.uri("/api/complaints/cases")
			.headers((h) -> h.setBearerAuth(tokenOf("agent")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new NewCallDto(CaseKindDto.REPORT, "COUNTERFEIT", new AddressDto("330199", "某路1号"),
					"来电称该店销售假冒卷烟，已经持续很多天。")
				.callerNumber("13900002222"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Test
	void aKnownDistrictOrStationIsReceivedAndOutsideTheAreaIsStillNotAccepted() {
		FiledBody station = file(Reports.counterfeit("330106001"), null, null, Map.of()).expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		assertThat(station.state()).isEqualTo("RECEIVED");
		FiledBody shanghai = file(Reports.counterfeit("310101"), null, null, Map.of()).expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		assertThat(shanghai.state()).isEqualTo("NOT_ACCEPTED");
		assertThat(shanghai.notAcceptedReason()).contains("不在本局管辖范围内");
	}

	private long casesMentioning(String marker) {
		return this.db.sql("SELECT count(*) AS n FROM cases WHERE description LIKE :m")
			.bind("m", "%" + marker + "%")
			.map((r, m) -> r.get("n", Long.class))
			.one()
			.block();
	}

}
