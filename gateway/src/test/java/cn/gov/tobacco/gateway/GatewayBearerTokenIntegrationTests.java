package cn.gov.tobacco.gateway;

import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import cn.gov.tobacco.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens at the edge: only an unexpired access token ({@code typ: at+jwt}) for the
 * platform's APIs passes; an ID token, a token for another audience, an expired one or an
 * untyped one is a 401 problem and never reaches a service. Tokens come from a stand-in
 * issuer ({@link TestIssuer}), because the real one never hands out the bad ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayBearerTokenIntegrationTests {

	static final EchoBackend backend = EchoBackend.start();

	static final TestIssuer issuer = TestIssuer.start();

	static final List<String> ROLES = List.of("SUPERVISOR");

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("IDENTITY_ISSUER", () -> issuer.issuer().toString());
		registry.add("LICENSING_URI", backend::uri);
		registry.add("COMPLAINTS_URI", () -> "http://127.0.0.1:" + EchoBackend.closedPort());
	}

	@AfterAll
	static void stop() {
		issuer.close();
	}

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
		backend.reset();
	}

	@Test
	void anAccessTokenForThePlatformPassesAndIsRelayed() {
		String token = issuer.accessToken("supervisor", ROLES);

		this.client.get()
			.uri("/api/licensing/applications")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(backend.last().header("Authorization")).isEqualTo("Bearer " + token);
		this.client.get()
			.uri("/api/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sub")
			.isEqualTo("supervisor");
		this.client.get()
			.uri("/api/session")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.signedIn")
			.isEqualTo(true)
			.jsonPath("$.user.sub")
			.isEqualTo("supervisor");
	}

	@Test
	void anIdTokenIsRefused() {
		refused(issuer.idToken("supervisor", ROLES, "platform-cli"));
	}

	@Test
	void anIdTokenNamingTheApiAudienceIsStillRefused() {
		String token = issuer.sign(JOSEObjectType.JWT,
				new JWTClaimsSet.Builder(parse(issuer.accessToken("supervisor", ROLES))).claim("nonce", "n-0S6_WzA2Mj")
					.build());
		refused(token);
	}

	@Test
	void aTokenForAnotherAudienceIsRefused() {
		refused(issuer.accessToken("supervisor", ROLES, (claims) -> claims.audience("another-api")));
		refused(issuer.accessToken("supervisor", ROLES, (claims) -> claims.audience(List.of())));
	}

	@Test
	void anExpiredTokenIsRefused() {
		refused(issuer.expiredAccessToken("supervisor", ROLES));
	}

	@Test
	void anUntypedTokenIsRefused() {
		String token = issuer.sign(null, parse(issuer.accessToken("supervisor", ROLES)));
		refused(token);
	}

	private void refused(String token) {
		for (String path : List.of("/api/licensing/applications", "/api/me")) {
			this.client.get()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("/problems/unauthorized");
		}
		assertThat(backend.last()).as("nothing reached the service").isNull();
	}

	private static JWTClaimsSet parse(String token) {
		try {
			return com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet();
		}
		catch (java.text.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
