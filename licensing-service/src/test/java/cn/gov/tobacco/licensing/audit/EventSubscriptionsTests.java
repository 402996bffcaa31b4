package cn.gov.tobacco.licensing.audit;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import cn.gov.tobacco.platform.outbox.EventsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type licensing writes has a subscriber in application.yml: none ends in a
 * log line. (The outbox refuses types missing from {@link LicensingEvents}, so the
 * catalogue is the whole list.)
 */
class EventSubscriptionsTests {

	@Test
	void everyEventTypeHasASubscriber() throws IOException {
		EventsProperties events = configured();
		assertThat(LicensingEvents.CATALOGUE.withoutConsumer(events.subscribers(), (type) -> false)).isEmpty();
	}

	@Test
	void licenseEventsAndUnlicensedSalesReachComplaints() throws IOException {
		EventsProperties events = configured();
		List<String> types = new java.util.ArrayList<>(LicensingEvents.LICENSE);
		types.add("SupervisionUnlicensedSaleFound");
		assertThat(events.subscribers()).anySatisfy((s) -> {
			assertThat(s.name()).isEqualTo("complaints-license-directory");
			assertThat(s.eventTypes()).containsExactlyInAnyOrderElementsOf(types);
		});
	}

	@Test
	void aTypeWithoutSubscriberIsFound() throws IOException {
		List<String> missing = cn.gov.tobacco.platform.outbox.EventCatalogue.of(List.of("LicenseIssued", "Unheard"))
			.withoutConsumer(configured().subscribers(), (type) -> false);
		assertThat(missing).containsExactly("Unheard");
	}

	private static EventsProperties configured() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		for (PropertySource<?> source : new YamlPropertySourceLoader().load("application",
				new ClassPathResource("application.yml"))) {
			environment.getPropertySources().addLast(source);
		}
		return Binder.get(environment).bind("platform.events", EventsProperties.class).get();
	}

}
