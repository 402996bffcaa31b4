package cn.gov.tobacco.platform;

import io.micrometer.context.ContextRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import cn.gov.tobacco.platform.correlation.CorrelationIdWebFilter;
import cn.gov.tobacco.platform.problem.ProblemResponses;
import cn.gov.tobacco.platform.problem.ProblemWebExceptionHandler;
import cn.gov.tobacco.platform.security.ProblemSecurityHandlers;

/**
 * Gives every reactive service of the platform problem-details errors and correlation
 * ids.
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
	ProblemWebExceptionHandler problemWebExceptionHandler(ProblemResponses responses) {
		return new ProblemWebExceptionHandler(responses);
	}

	@Bean
	ProblemSecurityHandlers problemSecurityHandlers(ProblemResponses responses) {
		return new ProblemSecurityHandlers(responses);
	}

	@Bean
	CorrelationIdWebFilter correlationIdWebFilter() {
		return new CorrelationIdWebFilter();
	}

}
