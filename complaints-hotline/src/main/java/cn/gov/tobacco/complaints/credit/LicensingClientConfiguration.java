package cn.gov.tobacco.complaints.credit;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import cn.gov.tobacco.platform.outbox.EventRoute;

/**
 * The client-credentials WebClient for licensing. The authorized-client service keeps the
 * token until shortly before it expires (Spring Security's default clock skew, 60 s), so
 * a token is fetched from the issuer once per lifetime, not per delivery; outside a
 * request (the outbox job) the manager works without a web exchange.
 */
@Configuration(proxyBeanMethods = false)
class LicensingClientConfiguration {

	@Bean
	ReactiveOAuth2AuthorizedClientManager serviceClientManager(ReactiveClientRegistrationRepository registrations,
			ReactiveOAuth2AuthorizedClientService clients) {
		AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(
				registrations, clients);
		manager.setAuthorizedClientProvider(
				ReactiveOAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		return manager;
	}

	@Bean
	EventRoute substantiatedReportsToLicensing(ReactiveOAuth2AuthorizedClientManager manager, JsonMapper json,
			LicensingProperties properties) {
		WebClient client = WebClient.builder()
			.filter(new ServerOAuth2AuthorizedClientExchangeFilterFunction(manager))
			.build();
		return new EventRoute(CreditEvents.SUBSTANTIATED_REPORT, new LicensingCreditSink(client, json, properties));
	}

}
