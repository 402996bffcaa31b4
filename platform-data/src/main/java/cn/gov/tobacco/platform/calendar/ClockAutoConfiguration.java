package cn.gov.tobacco.platform.calendar;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * A service's one clock (UTC instants), unless it declares its own: record keeping, the
 * jobs and each service's {@link BureauClock} read it, and tests replace it to move time.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
