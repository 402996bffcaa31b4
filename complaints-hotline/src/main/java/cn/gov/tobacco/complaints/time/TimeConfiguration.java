package cn.gov.tobacco.complaints.time;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the service (UTC instants; platform-common's stores take it too) and
 * the bureau's clock over it.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	BureauClock bureauClock(Clock clock, TimeProperties properties) {
		return new BureauClock(clock, properties.zone());
	}

}
