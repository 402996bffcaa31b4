package cn.gov.tobacco.licensing.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.tobacco.platform.outbox.EventCatalogue;

/**
 * What this service adds to platform-data's record keeping (audit chain, outbox and its
 * publisher, idempotency store and their jobs, configured under {@code platform.*}): its
 * event catalogue (the clock is {@code calendar.TimeConfiguration}'s).
 */
@Configuration(proxyBeanMethods = false)
class RecordKeepingConfiguration {

	/** The outbox refuses any other type: each listed type has a subscriber. */
	@Bean
	EventCatalogue eventCatalogue() {
		return LicensingEvents.CATALOGUE;
	}

}
