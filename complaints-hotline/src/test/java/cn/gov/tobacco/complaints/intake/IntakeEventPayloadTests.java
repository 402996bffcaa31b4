package cn.gov.tobacco.complaints.intake;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.tobacco.complaints.cases.CaseState;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake's events keep the JSON they had when they were written by hand. */
class IntakeEventPayloadTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final UUID ID = UUID.fromString("0d7c9a52-3e61-4f1b-8c2d-5a9e7b1f4c30");

	@Test
	void caseFiledCarriesTheIdUrgencyAndState() {
		assertThat(JSON.readTree(JSON.writeValueAsString(new IntakeService.CaseFiled(ID, true, CaseState.RECEIVED))))
			.isEqualTo(JSON.readTree("{\"caseId\":\"" + ID + "\",\"urgent\":true,\"state\":\"RECEIVED\"}"));
	}

	@Test
	void caseUrgentCarriesTheIdAndNumber() {
		assertThat(JSON.readTree(JSON.writeValueAsString(new IntakeService.CaseUrgent(ID, "12313-20240601-000042"))))
			.isEqualTo(JSON.readTree("{\"caseId\":\"" + ID + "\",\"caseNumber\":\"12313-20240601-000042\"}"));
	}

}
