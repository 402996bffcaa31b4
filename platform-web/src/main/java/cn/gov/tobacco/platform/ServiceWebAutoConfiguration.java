package cn.gov.tobacco.platform;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
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
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import org.springframework.web.reactive.config.WebFluxConfigurer;

import cn.gov.tobacco.platform.input.GuardedJson;
import cn.gov.tobacco.platform.input.InputFormatters;
import cn.gov.tobacco.platform.input.InputGuardWebFilter;
import cn.gov.tobacco.platform.input.StreamingMultipartWebFilter;
import cn.gov.tobacco.platform.problem.ProblemResponses;
import cn.gov.tobacco.platform.problem.ProblemWebExceptionHandler;
import cn.gov.tobacco.platform.security.AccessTokenProperties;
import cn.gov.tobacco.platform.security.AccessTokenValidators;
import cn.gov.tobacco.platform.security.ProblemSecurityHandlers;
import cn.gov.tobacco.platform.security.VerifiedTokens;

/**
 * The edge of every service behind the gateway (a resource server with controllers):
 * every exception rendered as problem details, 401/403 as problems, the access-token
 * checks (type and audience) that Spring Boot adds to its JWT decoder and the decoder's
 * verified-token cache, the input checks (package {@code input}), the request in the
 * Reactor context (the idempotency store names the operation from it).
 * <p>
 * The gateway excludes it: it has its own error handler (upstream failures), its own
 * security chain and JWT decoder, and proxies request bodies it must not read.
 */
@AutoConfiguration(after = PlatformWebAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(AccessTokenProperties.class)
public class ServiceWebAutoConfiguration {

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

	/**
	 * Spring Boot's JWT decoder checks a token's signature once while it is valid, not on
	 * every request that carries it ({@link VerifiedTokens}).
	 */
	@Bean
	static BeanPostProcessor verifiedTokensDecorator() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokens)) {
					return new VerifiedTokens(decoder);
				}
				return bean;
			}

		};
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
