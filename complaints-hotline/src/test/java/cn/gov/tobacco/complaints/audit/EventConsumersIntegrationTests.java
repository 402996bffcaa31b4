package cn.gov.tobacco.complaints.audit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.platform.outbox.EventsProperties;
import cn.gov.tobacco.platform.outbox.RoutingOutboxSink;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type complaints writes has a consumer: a route of its own or a configured
 * CloudEvents subscriber. None ends in a log line.
 */
class EventConsumersIntegrationTests extends IntegrationTestSupport {

	@Autowired
	EventsProperties events;

	@Autowired
	RoutingOutboxSink sink;

	@Test
	void everyEventTypeHasARouteOrASubscriber() {
		assertThat(ComplaintsEvents.CATALOGUE.withoutConsumer(this.events.subscribers(),
				this.sink.routedTypes()::contains))
			.isEmpty();
	}

	@Test
	void substantiatedReportsGoToLicensingByTheirRoute() {
		assertThat(this.sink.routedTypes()).contains(ComplaintsEvents.CREDIT_SUBSTANTIATED_REPORT);
	}

}
