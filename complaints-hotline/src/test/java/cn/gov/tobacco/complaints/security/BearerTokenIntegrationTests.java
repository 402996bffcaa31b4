package cn.gov.tobacco.complaints.security;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.testing.TestIssuer;

/**
 * The service itself (reached directly, not through the gateway) takes only unexpired
 * access tokens ({@code typ: at+jwt}) for the platform's APIs: an ID token, a token for
 * another audience and an expired token are 401 problems. The checks come from
 * platform-web, so licensing-service has the same. Tokens come from a stand-in issuer
 * ({@link TestIssuer}): the real one never hands out the bad ones.
 */
class BearerTokenIntegrationTests extends IntegrationTestSupport {

	static final TestIssuer issuer = TestIssuer.start();

	static final List<String> CITIZEN = List.of("CITIZEN");

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer.issuer().toString());
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> issuer.jwkSetUri().toString());
	}

	@AfterAll
	static void stop() {
		issuer.close();
	}

	@Test
	void anAccessTokenForThePlatformIsAccepted() {
		client().get()
			.uri("/api/complaints/my/reports")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.accessToken("citizen.bearer", CITIZEN))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void anIdTokenIsRefused() {
		refused(issuer.idToken("citizen.bearer", CITIZEN, "platform-cli"));
	}

	@Test
	void aTokenForAnotherAudienceIsRefused() {
		refused(issuer.accessToken("citizen.bearer", CITIZEN, (claims) -> claims.audience("platform-cli")));
	}

	@Test
	void anExpiredTokenIsRefused() {
		refused(issuer.expiredAccessToken("citizen.bearer", CITIZEN));
	}

	private void refused(String token) {
		client().get()
			.uri("/api/complaints/my/reports")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unauthorized");
	}

}
