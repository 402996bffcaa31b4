package cn.gov.tobacco.complaints.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.tobacco.platform.outbox.EventCatalogue;

/**
 * What this service adds to platform-data's record keeping (audit chain, outbox and its
 * publisher, idempotency store and their jobs, configured under {@code platform.*}, as in
 * licensing): its event catalogue. Its event routes are declared by the features that own
 * them ({@code credit/}, {@code handovers/}).
 */
@Configuration(proxyBeanMethods = false)
class RecordKeepingConfiguration {

	/**
	 * The outbox refuses any other type: each listed type has a route or a subscriber.
	 */
	@Bean
	EventCatalogue eventCatalogue() {
		return ComplaintsEvents.CATALOGUE;
	}

}
