package cn.gov.tobacco.identity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The role the issuer runs as (migration V4) may read accounts and keep authorizations,
 * but may neither change an account nor rewrite a signing key.
 */
@IdentityIntegrationTest
class AppRoleIntegrationTests {

	@Value("${spring.datasource.url}")
	String url;

	@Test
	void theAppRoleReadsAccountsAndKeepsAuthorizations() throws SQLException {
		try (Connection app = appConnection(); Statement sql = app.createStatement()) {
			assertThat(sql.executeQuery("select count(*) from users").next()).isTrue();
			assertThat(sql.executeUpdate("delete from oauth2_authorization where id = 'no-such-authorization'"))
				.isZero();
		}
	}

	@Test
	void theAppRoleCannotChangeAccountsOrRewriteSigningKeys() throws SQLException {
		try (Connection app = appConnection(); Statement sql = app.createStatement()) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> sql.executeUpdate("update users set enabled = true where username = 'admin'"))
				.withMessageContaining("permission denied");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(
						() -> sql.executeUpdate("insert into user_roles (username, role) values ('citizen', 'ADMIN')"))
				.withMessageContaining("permission denied");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> sql.executeUpdate("update signing_keys set private_key = public_key"))
				.withMessageContaining("permission denied");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> sql.executeUpdate("delete from signing_keys"))
				.withMessageContaining("permission denied");
		}
	}

	private Connection appConnection() throws SQLException {
		Connection connection = DriverManager.getConnection(this.url, "identity_app", "");
		try (Statement sql = connection.createStatement()) {
			sql.execute("set search_path to identity");
		}
		return connection;
	}

}
