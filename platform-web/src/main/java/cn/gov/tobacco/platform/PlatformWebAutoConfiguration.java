package cn.gov.tobacco.platform;

import io.micrometer.context.ContextRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webflux.autoconfigure.ReactiveMultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import org.springframework.web.reactive.config.WebFluxConfigurer;

import cn.gov.tobacco.platform.correlation.CorrelationIdWebFilter;
import cn.gov.tobacco.platform.input.GuardedJson;
import cn.gov.tobacco.platform.input.InputFormatters;
import cn.gov.tobacco.platform.input.InputGuardWebFilter;
import cn.gov.tobacco.platform.input.StreamingMultipartWebFilter;
import cn.gov.tobacco.platform.problem.ProblemResponses;
import cn.gov.tobacco.platform.problem.ProblemWebExceptionHandler;
import cn.gov.tobacco.platform.security.AccessTokenProperties;
import cn.gov.tobacco.platform.security.AccessTokenValidators;
import cn.gov.tobacco.platform.security.ProblemSecurityHandlers;

/**
 * Gives every reactive service of the platform problem-details errors, correlation ids,
 * the access-token checks (type and audience) that Spring Boot adds to its JWT decoder,
 * the input checks at its edge (package {@code input}), the request in the Reactor
 * context (the idempotency store names the operation from it).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(AccessTokenProperties.class)
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

	/** Only {@code at+jwt} tokens: replaces Spring Security's default type check. */
	@Bean
	OAuth2TokenValidator<Jwt> accessTokenTypeValidator(AccessTokenProperties properties) {
		return AccessTokenValidators.type(properties.types());
	}

	@Bean
	OAuth2TokenValidator<Jwt> accessTokenAudienceValidator(AccessTokenProperties properties) {
		return AccessTokenValidators.audience(properties.audience());
	}

	@Bean
	OAuth2TokenValidator<Jwt> notAnIdTokenValidator() {
		return AccessTokenValidators.notAnIdToken();
	}

	@Bean
	CorrelationIdWebFilter correlationIdWebFilter() {
		return new CorrelationIdWebFilter();
	}

	@Bean
	InputGuardWebFilter inputGuardWebFilter() {
		return new InputGuardWebFilter();
	}

	@Bean
	StreamingMultipartWebFilter streamingMultipartWebFilter(ObjectProvider<ReactiveMultipartProperties> properties) {
		ReactiveMultipartProperties multipart = properties.getIfAvailable(ReactiveMultipartProperties::new);
		return new StreamingMultipartWebFilter((int) multipart.getMaxInMemorySize().toBytes(),
				(int) multipart.getMaxHeadersSize().toBytes(),
				(multipart.getMaxParts() != null) ? multipart.getMaxParts() : -1);
	}

	/**
	 * The edge rules for the server only (clients of other systems read their answers
	 * unchanged): bounded date parameters, and request bodies read with
	 * {@link GuardedJson}. Ordered after Spring Boot's configurer, whose Jackson decoder
	 * this one replaces.
	 */
	@Bean
	@Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
	WebFluxConfigurer platformInputRules(JsonMapper jsonMapper) {
		JsonMapper guarded = GuardedJson.forRequests(jsonMapper);
		return new WebFluxConfigurer() {

			@Override
			public void addFormatters(FormatterRegistry registry) {
				InputFormatters.register(registry);
			}

			@Override
			public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
				configurer.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(guarded));
			}

		};
	}

	@Bean
	@ConditionalOnMissingBean
	ServerWebExchangeContextFilter serverWebExchangeContextFilter() {
		return new ServerWebExchangeContextFilter();
	}

}
