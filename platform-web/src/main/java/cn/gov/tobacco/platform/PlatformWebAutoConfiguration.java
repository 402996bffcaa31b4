package cn.gov.tobacco.platform;

import io.micrometer.context.ContextRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import cn.gov.tobacco.platform.correlation.CorrelationIdWebFilter;
import cn.gov.tobacco.platform.problem.ProblemResponses;

/**
 * What every reactive module of the platform gets, the gateway included: correlation ids
 * (the web filter, and the id in the logging MDC on every thread hop) and the writer of
 * problem details. The services' own edge is {@link ServiceWebAutoConfiguration}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class PlatformWebAutoConfiguration {

	static {
		ContextRegistry.getInstance().registerThreadLocalAccessor(new CorrelationIdWebFilter.MdcAccessor());
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemResponses problemResponses(JsonMapper jsonMapper) {
		return new ProblemResponses(jsonMapper);
	}

	@Bean
	@ConditionalOnMissingBean
	CorrelationIdWebFilter correlationIdWebFilter() {
		return new CorrelationIdWebFilter();
	}

}
