package cn.gov.tobacco.platform.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The scheduled-job skeleton for every service, web or not: the migrate profile runs
 * without a web server, and classes that hold a job (their schedules switched off there)
 * still need a {@link Jobs} to be created.
 */
@AutoConfiguration
public class JobsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Jobs jobs(ObjectProvider<MeterRegistry> registry) {
		return new Jobs(registry.getIfAvailable(SimpleMeterRegistry::new));
	}

}
