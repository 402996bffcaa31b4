package cn.gov.tobacco.complaints.dispatch;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code case.overdue} keeps the JSON it had when it was written by hand. */
class OverduePayloadTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void carriesTheIdAndTheLevelAsANumber() {
		UUID id = UUID.fromString("9e2f4b18-6c07-4d5a-a3e9-1b8c0f7d6a24");
		assertThat(JSON.readTree(JSON.writeValueAsString(new DeadlineWatch.Overdue(id, 2))))
			.isEqualTo(JSON.readTree("{\"caseId\":\"" + id + "\",\"level\":2}"));
	}

}
