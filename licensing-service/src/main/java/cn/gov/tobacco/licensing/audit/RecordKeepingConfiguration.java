package cn.gov.tobacco.licensing.audit;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.tobacco.platform.outbox.EventCatalogue;

/**
 * What this service adds to platform-data's record keeping (audit chain, outbox and its
 * publisher, idempotency store and their jobs, configured under {@code platform.*}): its
 * clock and its event catalogue.
 */
@Configuration(proxyBeanMethods = false)
class RecordKeepingConfiguration {

	/** The service's one clock (UTC); tests replace it to move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** The outbox refuses any other type: each listed type has a subscriber. */
	@Bean
	EventCatalogue eventCatalogue() {
		return LicensingEvents.CATALOGUE;
	}

}
