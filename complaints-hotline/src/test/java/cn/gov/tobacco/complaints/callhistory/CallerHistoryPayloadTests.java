package cn.gov.tobacco.complaints.callhistory;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookup's audit entry and the burst alert keep the JSON they had when they were
 * written by hand.
 */
class CallerHistoryPayloadTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aLookupRecordsItsScopeAndSizeNeverTheNumber() {
		assertThat(JSON.readTree(JSON.writeValueAsString(new CallerHistory.Lookup("330106", 42, 20, "next"))))
			.isEqualTo(JSON.readTree("{\"scope\":\"330106\",\"total\":42,\"returned\":20,\"page\":\"next\"}"));
	}

	@Test
	void aBurstCarriesTheAlertJurisdictionCountAndWindow() {
		UUID id = UUID.fromString("3c8a1e0f-7b52-4d96-9e14-6f2b0a8d5c71");
		String written = JSON
			.writeValueAsString(new LookupQuota.Burst(id, "330106", 31, Duration.ofHours(1).toString()));
		assertThat(JSON.readTree(written)).isEqualTo(JSON
			.readTree("{\"alertId\":\"" + id + "\",\"jurisdiction\":\"330106\",\"lookups\":31,\"window\":\"PT1H\"}"));
	}

}
