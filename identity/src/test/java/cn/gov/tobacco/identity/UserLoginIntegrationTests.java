package cn.gov.tobacco.identity;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import cn.gov.tobacco.testing.OidcLogin;
import cn.gov.tobacco.testing.OidcLogin.Tokens;
import cn.gov.tobacco.testing.OidcLoginException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IdentityIntegrationTest
class UserLoginIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	URI issuer;

	OidcLogin oidc;

	String createdUser;

	@BeforeEach
	void issuer() {
		this.issuer = URI.create("http://localhost:" + this.port);
		this.oidc = OidcLogin.forIssuer(this.issuer);
	}

	@AfterEach
	void deleteCreatedUser() {
		if (this.createdUser != null) {
			this.jdbc.update("delete from users where username = ?", this.createdUser);
		}
	}

	@Test
	void demoClerkGetsSignedTokensWithRolesAndJurisdiction() {
		Tokens tokens = this.oidc.login("clerk.xihu", DemoPassword.get());

		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(this.issuer + "/oauth2/jwks").build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtTypeValidator("at+jwt")));
		Jwt access = decoder.decode(tokens.accessToken());
		assertThat(access.getIssuer().toString()).isEqualTo(this.issuer.toString());
		assertThat(access.getSubject()).isEqualTo("clerk.xihu");
		assertThat(access.getClaimAsStringList("roles")).containsExactly("CLERK");
		assertThat(access.getClaimAsString("jurisdiction")).isEqualTo("330106");
		assertThat(access.getClaimAsString("name")).isEqualTo("陈静");
		assertThat(access.getClaimAsStringList("permissions")).isEmpty();
		assertThat(access.getHeaders()).containsEntry("alg", "RS256").containsEntry("typ", "at+jwt").containsKey("kid");
		assertThat(access.getAudience()).containsExactly("tobacco-platform-api");
		assertThat(access.getExpiresAt()).isEqualTo(access.getIssuedAt().plusSeconds(15 * 60));

		JsonNode id = OidcLogin.claims(tokens.idToken());
		assertThat(id.path("aud").toString()).contains("platform-cli").doesNotContain("tobacco-platform-api");
		assertThat(OidcLogin.claims(tokens.idToken()).has("nonce")).isTrue();
		assertThat(strings(id.path("roles"))).containsExactly("CLERK");
		assertThat(id.path("jurisdiction").stringValue()).isEqualTo("330106");
		assertThat(id.path("name").stringValue()).isEqualTo("陈静");
	}

	@Test
	void supervisorCarriesTheReporterDataPermission() {
		JsonNode claims = this.oidc.login("supervisor", DemoPassword.get()).accessTokenClaims();

		assertThat(strings(claims.path("roles"))).containsExactly("SUPERVISOR");
		assertThat(strings(claims.path("permissions"))).containsExactly("complaints:reporter-data:read");
		assertThat(claims.path("jurisdiction").stringValue()).isEqualTo("330100");
	}

	@Test
	void citizenTokenHasNoJurisdiction() {
		JsonNode claims = this.oidc.login("citizen", DemoPassword.get()).accessTokenClaims();

		assertThat(strings(claims.path("roles"))).containsExactly("CITIZEN");
		assertThat(claims.has("jurisdiction")).isFalse();
	}

	@Test
	void theIdTokenIsNotAnAccessTokenForUserInfo() {
		Tokens tokens = this.oidc.login("handler.xihu", DemoPassword.get());

		HttpResponse<String> response = Http.get(this.issuer.resolve("/userinfo"), tokens.idToken());

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void wrongPasswordIsRejected() {
		assertThatExceptionOfType(OidcLoginException.class)
			.isThrownBy(() -> this.oidc.login("clerk.xihu", "not-the-password"))
			.withMessageContaining("Login rejected");
	}

	@Test
	void refreshIssuesNewTokensAndTheOldRefreshTokenCannotBeReused() {
		Tokens first = this.oidc.login("clerk.xihu", DemoPassword.get());

		Tokens second = this.oidc.refresh(first.refreshToken());

		assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
		assertThat(second.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());
		assertThat(strings(second.accessTokenClaims().path("roles"))).containsExactly("CLERK");
		assertThatExceptionOfType(OidcLoginException.class).isThrownBy(() -> this.oidc.refresh(first.refreshToken()))
			.withMessageContaining("invalid_grant");
		assertThat(this.oidc.refresh(second.refreshToken()).accessToken()).isNotBlank();
	}

	@Test
	void userInfoReturnsThePlatformClaims() {
		Tokens tokens = this.oidc.login("handler.xihu", DemoPassword.get());

		HttpResponse<String> response = Http.get(this.issuer.resolve("/userinfo"), tokens.accessToken());

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode userInfo = Http.json(response);
		assertThat(userInfo.path("sub").stringValue()).isEqualTo("handler.xihu");
		assertThat(userInfo.path("name").stringValue()).isEqualTo("周婷");
		assertThat(strings(userInfo.path("roles"))).containsExactly("HANDLER");
		assertThat(userInfo.path("jurisdiction").stringValue()).isEqualTo("330106");
	}

	@Test
	void accountsComeFromTheDatabaseAndDisabledOnesCannotSignIn() {
		String password = UUID.randomUUID().toString();
		this.createdUser = createUser("it." + UUID.randomUUID().toString().substring(0, 8), password, "INSPECTOR",
				"330106001");

		JsonNode claims = this.oidc.login(this.createdUser, password).accessTokenClaims();
		assertThat(claims.path("sub").stringValue()).isEqualTo(this.createdUser);
		assertThat(strings(claims.path("roles"))).containsExactly("INSPECTOR");
		assertThat(claims.path("jurisdiction").stringValue()).isEqualTo("330106001");

		this.jdbc.update("update users set enabled = false where username = ?", this.createdUser);
		assertThatExceptionOfType(OidcLoginException.class)
			.isThrownBy(() -> this.oidc.login(this.createdUser, password));
	}

	private String createUser(String username, String password, String role, String jurisdiction) {
		this.jdbc.update(
				"insert into users (username, display_name, password_hash, jurisdiction) values (?, '测试用户', ?, ?)",
				username, this.passwordEncoder.encode(password), jurisdiction);
		this.jdbc.update("insert into user_roles (username, role) values (?, ?)", username, role);
		return username;
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::stringValue).toList();
	}

}
