package cn.gov.tobacco.complaints.workflow;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.tobacco.complaints.cases.CaseState;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code case.state-changed} keeps the JSON it had when it was written by hand. */
class StateChangedPayloadTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void carriesTheIdBothStatesAndUrgency() {
		UUID id = UUID.fromString("5b0e1c7d-2a94-4e38-b6f1-9c3d8a7e2f15");
		String written = JSON
			.writeValueAsString(new Transitions.StateChanged(id, CaseState.DISPATCHED, CaseState.IN_PROGRESS, false));
		assertThat(JSON.readTree(written)).isEqualTo(JSON
			.readTree("{\"caseId\":\"" + id + "\",\"from\":\"DISPATCHED\",\"to\":\"IN_PROGRESS\",\"urgent\":false}"));
	}

}
