package cn.gov.tobacco.complaints.credit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.tobacco.platform.outbox.OutboxEvent;

import static org.assertj.core.api.Assertions.assertThat;

class LicensingCreditSinkTests {

	private final LicensingCreditSink sink = new LicensingCreditSink(null, JsonMapper.builder().build(),
			new LicensingProperties("http://licensing", "licensing", Duration.ofSeconds(1)));

	@Test
	void theEventIdIsStableForEveryDeliveryOfTheSameReport() {
		UUID caseId = UUID.randomUUID();
		String payload = "{\"kind\":\"SUBSTANTIATED_REPORT\",\"licenseNo\":\"330106201900123\",\"reason\":\"r\","
				+ "\"occurredOn\":\"2026-11-22\"}";
		OutboxEvent first = new OutboxEvent(7, "case", caseId, CreditEvents.SUBSTANTIATED_REPORT, payload,
				Instant.now());
		OutboxEvent again = new OutboxEvent(8, "case", caseId, CreditEvents.SUBSTANTIATED_REPORT, payload,
				Instant.now());
		Map<String, Object> body = this.sink.body(first);
		assertThat(body).containsEntry("eventId", "complaints-hotline:credit.substantiated-report:" + caseId)
			.containsEntry("kind", "SUBSTANTIATED_REPORT")
			.containsEntry("licenseNo", "330106201900123")
			.containsEntry("occurredOn", "2026-11-22")
			.containsOnlyKeys("eventId", "kind", "licenseNo", "reason", "occurredOn");
		assertThat(this.sink.body(again).get("eventId")).isEqualTo(body.get("eventId"));
		assertThat(body.get("eventId").toString()).hasSizeLessThanOrEqualTo(150);
	}

}
