package cn.gov.tobacco.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gov.tobacco.testing.GatewayResponse;
import cn.gov.tobacco.testing.GatewaySession;
import cn.gov.tobacco.testing.OidcLogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Browser sign-in through the gateway at the real issuer ({@code IDENTITY_ISSUER},
 * default {@code http://localhost:9000}), token relay, CSRF with a real session, bearer
 * tokens and logout. The issuer only sends browsers back to registered redirect URIs: the
 * test gateway listens on 8080 when that port is free ({@code localhost:8080} is
 * registered), otherwise on a random port at {@code 127.0.0.1}, which the issuer accepts
 * only if {@code http://127.0.0.1:8080/login/oauth2/code/identity} is registered too
 * (loopback redirect URIs match on any port). Access tokens are refreshed an hour before
 * expiry here, that is on every use (they live 15 minutes), to exercise the refresh.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class GatewayLoginIntegrationTests {

	static final String PASSWORD = "Demo@2026";

	static final URI ISSUER = OidcLogin.forIssuer().issuer();

	static final int PREFERRED_PORT = 8080;

	static final boolean preferredPortFree = isFree(PREFERRED_PORT);

	static final EchoBackend backend = EchoBackend.start();

	static final JsonMapper json = JsonMapper.builder().build();

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> preferredPortFree ? PREFERRED_PORT : 0);
		registry.add("IDENTITY_ISSUER", ISSUER::toString);
		registry.add("LICENSING_URI", backend::uri);
		registry.add("COMPLAINTS_URI", () -> "http://127.0.0.1:" + EchoBackend.closedPort());
		registry.add("gateway.identity.refresh-before-expiry", () -> "1h");
	}

	@LocalServerPort
	int port;

	@BeforeAll
	static void issuerIsRunning() {
		URI discovery = URI.create(ISSUER + "/.well-known/openid-configuration");
		try {
			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as("discovery document at %s", discovery).isEqualTo(200);
		}
		catch (IOException ex) {
			fail("The OIDC issuer is not reachable at " + ISSUER + " (" + ex + "). These tests sign in for real: "
					+ "start it (scripts/up.sh, or java -jar identity/target/identity-0.1.0-SNAPSHOT.jar) "
					+ "or point IDENTITY_ISSUER at one.");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fail("Interrupted while checking the issuer");
		}
	}

	@Test
	void browserSignInShowsRolesAndJurisdiction() {
		GatewaySession clerk = signIn("clerk.xihu");

		GatewayResponse me = clerk.get("/api/me");

		assertThat(me.status()).as("%s", me).isEqualTo(200);
		JsonNode body = json.readTree(me.bodyAsString());
		assertThat(body.get("sub").asString()).isEqualTo("clerk.xihu");
		assertThat(body.get("name").asString()).isNotBlank();
		assertThat(strings(body.get("roles"))).containsExactly("CLERK");
		assertThat(body.get("jurisdiction").asString()).isEqualTo("330106");
		assertThat(clerk.cookie("SESSION")).isPresent();
	}

	@Test
	void sessionAccessTokenIsRelayedAndCookiesAreNot() {
		GatewaySession retailer = signIn("retailer.xihu");

		GatewayResponse answer = retailer.get("/api/licensing/applications");

		assertThat(answer.status()).as("%s", answer).isEqualTo(200);
		String authorization = backend.last().header("Authorization");
		assertThat(authorization).startsWith("Bearer ");
		JsonNode claims = OidcLogin.claims(authorization.substring("Bearer ".length()));
		assertThat(claims.get("sub").asString()).isEqualTo("retailer.xihu");
		assertThat(strings(claims.get("roles"))).containsExactly("RETAILER");
		assertThat(backend.last().header("Cookie")).isNull();
	}

	@Test
	void expiringAccessTokenIsRefreshedBeforeItIsRelayed() {
		GatewaySession inspector = signIn("inspector.xihu");

		assertThat(inspector.get("/api/licensing/site-checks").status()).isEqualTo(200);
		String first = backend.last().header("Authorization");
		assertThat(inspector.get("/api/licensing/site-checks").status()).isEqualTo(200);
		String second = backend.last().header("Authorization");

		assertThat(second).startsWith("Bearer ").isNotEqualTo(first);
		assertThat(OidcLogin.claims(second.substring("Bearer ".length())).get("sub").asString())
			.isEqualTo("inspector.xihu");
		assertThat(inspector.get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void unsafeRequestWithTheSessionButWithoutTheCsrfHeaderIsRefused() {
		GatewaySession clerk = signIn("clerk.xihu");
		backend.reset();

		GatewayResponse refused = clerk.send(clerk.request("/api/licensing/applications")
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));

		assertThat(refused.status()).as("%s", refused).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(json.readTree(refused.bodyAsString()).get("type").asString()).isEqualTo("/problems/csrf");
		assertThat(backend.last()).isNull();

		GatewayResponse accepted = clerk.postJson("/api/licensing/applications", "{}", "it-idempotency-1");
		assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
		assertThat(backend.last().header("Idempotency-Key")).isEqualTo("it-idempotency-1");
	}

	@Test
	void anotherAuthorizationHeaderDoesNotExemptTheSessionFromCsrf() {
		GatewaySession clerk = signIn("clerk.xihu");
		backend.reset();

		for (String authorization : List.of("Basic eDp5", "", "Bearer")) {
			GatewayResponse refused = clerk.send(clerk.request("/api/licensing/applications")
				.header("Content-Type", "application/json")
				.header("Authorization", authorization)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));

			assertThat(refused.status()).as("Authorization: '%s' -> %s", authorization, refused).isEqualTo(403);
			assertThat(json.readTree(refused.bodyAsString()).get("type").asString()).isEqualTo("/problems/csrf");
		}
		assertThat(backend.last()).as("nothing reached the service as the session's user").isNull();
	}

	@Test
	void theCliIdTokenIsNotABearerToken() {
		OidcLogin.Tokens tokens = OidcLogin.forIssuer(ISSUER).login("supervisor", PASSWORD);
		GatewaySession client = GatewaySession.anonymous(gateway());
		backend.reset();

		GatewayResponse me = client.get("/api/me", Map.of("Authorization", "Bearer " + tokens.idToken()));
		GatewayResponse relayed = client.get("/api/licensing/applications",
				Map.of("Authorization", "Bearer " + tokens.idToken()));

		assertThat(me.status()).as("%s", me).isEqualTo(401);
		assertThat(relayed.status()).as("%s", relayed).isEqualTo(401);
		assertThat(json.readTree(relayed.bodyAsString()).get("type").asString()).isEqualTo("/problems/unauthorized");
		assertThat(backend.last()).isNull();
	}

	@Test
	void apiClientsBearerTokenIsAcceptedAndPassedThrough() {
		String token = OidcLogin.forIssuer(ISSUER).login("supervisor", PASSWORD).accessToken();
		GatewaySession client = GatewaySession.anonymous(gateway());

		GatewayResponse me = client.get("/api/me", Map.of("Authorization", "Bearer " + token));
		GatewayResponse relayed = client.get("/api/licensing/applications", Map.of("Authorization", "Bearer " + token));

		assertThat(me.status()).as("%s", me).isEqualTo(200);
		JsonNode body = json.readTree(me.bodyAsString());
		assertThat(strings(body.get("roles"))).containsExactly("SUPERVISOR");
		assertThat(strings(body.get("permissions"))).contains("complaints:reporter-data:read");
		assertThat(relayed.status()).isEqualTo(200);
		assertThat(backend.last().header("Authorization")).isEqualTo("Bearer " + token);
	}

	@Test
	void bearerTokenSignedByAnotherKeyIsRefused() throws Exception {
		GatewayResponse answer = GatewaySession.anonymous(gateway())
			.get("/api/licensing/applications", Map.of("Authorization", "Bearer " + forgedToken()));

		assertThat(answer.status()).as("%s", answer).isEqualTo(401);
		assertThat(json.readTree(answer.bodyAsString()).get("type").asString()).isEqualTo("/problems/unauthorized");
	}

	@Test
	void logoutEndsTheSessionHereAndAtTheIssuer() {
		GatewaySession citizen = signIn("citizen");

		GatewayResponse logout = citizen.logout();

		assertThat(logout.status()).as("%s", logout).isEqualTo(302);
		assertThat(logout.header("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith(ISSUER + "/connect/logout?")
				.contains("id_token_hint=")
				.contains("post_logout_redirect_uri="));
		assertThat(citizen.get("/api/me").status()).isEqualTo(401);
	}

	private GatewaySession signIn(String username) {
		try {
			return GatewaySession.signIn(gateway(), username, PASSWORD);
		}
		catch (RuntimeException ex) {
			if (!preferredPortFree) {
				fail("Sign-in through the test gateway at " + gateway() + " failed. Port " + PREFERRED_PORT
						+ " was busy, so the test gateway listens on 127.0.0.1; the issuer must also register "
						+ "http://127.0.0.1:8080/login/oauth2/code/identity for client 'gateway' (or free port 8080). "
						+ "Cause: " + ex.getMessage(), ex);
			}
			throw ex;
		}
	}

	private URI gateway() {
		return URI.create((preferredPortFree ? "http://localhost:" : "http://127.0.0.1:") + this.port);
	}

	private static String forgedToken() throws JOSEException, java.security.NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER.toString())
			.subject("admin")
			.claim("roles", List.of("ADMIN"))
			.expirationTime(Date.from(Instant.now().plusSeconds(600)))
			.issueTime(new Date())
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("forged").build(), claims);
		jwt.sign(new RSASSASigner((RSAPrivateKey) generator.generateKeyPair().getPrivate()));
		return jwt.serialize();
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
