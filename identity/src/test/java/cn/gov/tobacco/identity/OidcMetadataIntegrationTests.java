package cn.gov.tobacco.identity;

import java.net.URI;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IdentityIntegrationTest
class OidcMetadataIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	URI issuer;

	@BeforeEach
	void issuer() {
		this.issuer = URI.create("http://localhost:" + this.port);
	}

	@Test
	void discoveryDocumentDescribesTheIssuer() {
		HttpResponse<String> response = Http.get(this.issuer.resolve("/.well-known/openid-configuration"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode discovery = Http.json(response);
		assertThat(discovery.path("issuer").stringValue()).isEqualTo(this.issuer.toString());
		assertThat(discovery.path("authorization_endpoint").stringValue()).isEqualTo(this.issuer + "/oauth2/authorize");
		assertThat(discovery.path("token_endpoint").stringValue()).isEqualTo(this.issuer + "/oauth2/token");
		assertThat(discovery.path("jwks_uri").stringValue()).isEqualTo(this.issuer + "/oauth2/jwks");
		assertThat(discovery.path("userinfo_endpoint").stringValue()).isEqualTo(this.issuer + "/userinfo");
		assertThat(discovery.path("end_session_endpoint").stringValue()).isEqualTo(this.issuer + "/connect/logout");
		assertThat(strings(discovery.path("grant_types_supported"))).contains("authorization_code", "refresh_token",
				"client_credentials");
		assertThat(strings(discovery.path("code_challenge_methods_supported"))).contains("S256");
		assertThat(strings(discovery.path("id_token_signing_alg_values_supported"))).contains("RS256");
		assertThat(strings(discovery.path("scopes_supported"))).contains("openid");
	}

	@Test
	void jwksPublishesTheStoredPublicSigningKeyOnly() {
		HttpResponse<String> response = Http.get(this.issuer.resolve("/oauth2/jwks"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode keys = Http.json(response).path("keys");
		assertThat(keys.size()).isEqualTo(1);
		JsonNode key = keys.get(0);
		assertThat(key.path("kty").stringValue()).isEqualTo("RSA");
		assertThat(key.path("use").stringValue()).isEqualTo("sig");
		assertThat(key.path("alg").stringValue()).isEqualTo("RS256");
		assertThat(key.has("d")).as("private exponent must not be published").isFalse();
		String storedKid = this.jdbc.queryForObject("select kid from signing_keys order by created_at desc limit 1",
				String.class);
		assertThat(key.path("kid").stringValue()).isEqualTo(storedKid);
		// 2048-bit modulus: 256 bytes, 342 base64url characters without padding
		assertThat(key.path("n").stringValue()).hasSize(342);
	}

	@Test
	void healthProbesAreOpen() {
		assertThat(Http.get(this.issuer.resolve("/actuator/health/liveness")).statusCode()).isEqualTo(200);
		assertThat(Http.get(this.issuer.resolve("/actuator/health/readiness")).statusCode()).isEqualTo(200);
	}

	private static java.util.List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::stringValue).toList();
	}

}
