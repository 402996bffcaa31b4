package cn.gov.tobacco.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in issuer for tests of token validation: publishes a JWK set at
 * {@code /oauth2/jwks} on a random loopback port and signs tokens the real issuer never
 * hands out (expired, for another audience, ID tokens), shaped like the local issuer's.
 * Point the application's issuer and JWK set URI at {@link #issuer()} and
 * {@link #jwkSetUri()}.
 */
public final class TestIssuer implements AutoCloseable {

	/** The platform's API audience (the default of the gateway and the services). */
	public static final String API_AUDIENCE = "tobacco-platform-api";

	private final RSAKey key;

	private final HttpServer server;

	private TestIssuer(RSAKey key, HttpServer server) {
		this.key = key;
		this.server = server;
	}

	public static TestIssuer start() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
			byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/oauth2/jwks", (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				try (OutputStream body = exchange.getResponseBody()) {
					body.write(jwks);
				}
			});
			server.start();
			return new TestIssuer(key, server);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public URI issuer() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	public URI jwkSetUri() {
		return URI.create(issuer() + "/oauth2/jwks");
	}

	/**
	 * An access token like the local issuer's ({@code typ: at+jwt}, the API audience,
	 * valid for 15 minutes) for a user with these roles, changed by {@code changes}.
	 * @param subject the login name
	 * @param roles the role names
	 * @param changes changes to the claims (another audience, an expiry in the past)
	 * @return the signed token
	 */
	public String accessToken(String subject, List<String> roles, Consumer<JWTClaimsSet.Builder> changes) {
		JWTClaimsSet.Builder claims = claims(subject, roles).audience(API_AUDIENCE);
		changes.accept(claims);
		return sign(new JOSEObjectType("at+jwt"), claims.build());
	}

	public String accessToken(String subject, List<String> roles) {
		return accessToken(subject, roles, (claims) -> {
		});
	}

	/** An access token that expired ten minutes ago. */
	public String expiredAccessToken(String subject, List<String> roles) {
		Instant past = Instant.now().minus(Duration.ofMinutes(25));
		return accessToken(subject, roles,
				(claims) -> claims.issueTime(Date.from(past))
					.notBeforeTime(Date.from(past))
					.expirationTime(Date.from(past.plus(Duration.ofMinutes(15)))));
	}

	/**
	 * An ID token as an OIDC provider issues it to {@code clientId}: {@code typ: JWT},
	 * audience the client id, a {@code nonce}.
	 */
	public String idToken(String subject, List<String> roles, String clientId) {
		JWTClaimsSet claims = claims(subject, roles).audience(clientId)
			.claim("nonce", UUID.randomUUID().toString())
			.claim("azp", clientId)
			.build();
		return sign(JOSEObjectType.JWT, claims);
	}

	/** Any token with this {@code typ} header and these claims. */
	public String sign(JOSEObjectType type, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).type(type).build(), claims);
			jwt.sign(new RSASSASigner(this.key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JWTClaimsSet.Builder claims(String subject, List<String> roles) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(issuer().toString())
			.subject(subject)
			.claim("preferred_username", subject)
			.claim("name", subject)
			.claim("roles", roles)
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
			.jwtID(UUID.randomUUID().toString());
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
