package cn.gov.tobacco.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import cn.gov.tobacco.testing.OidcLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Repeated wrong passwords for one account are slowed down and then locked out, so that
 * even the right password is refused; the state is in the database, every step is
 * audited, an ADMIN lifts the lock; signing in with the right password never counts.
 * (Waits are shortened in {@link IdentityIntegrationTest}.)
 */
@IdentityIntegrationTest
class LoginThrottleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	URI issuer;

	String username;

	String password;

	@BeforeEach
	void account() {
		this.issuer = URI.create("http://localhost:" + this.port);
		this.username = "it.throttle." + UUID.randomUUID().toString().substring(0, 8);
		this.password = UUID.randomUUID().toString();
		this.jdbc.update(
				"insert into users (username, display_name, password_hash, jurisdiction) values (?, '测试用户', ?, ?)",
				this.username, this.passwordEncoder.encode(this.password), "330106");
		this.jdbc.update("insert into user_roles (username, role) values (?, 'CLERK')", this.username);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from users where username = ?", this.username);
		this.jdbc.update("delete from login_throttle where kind = 'ACCOUNT' and subject = ?", this.username);
		// every test signs in from this machine: leave its address clean for the other
		// tests
		this.jdbc.update("delete from login_throttle where kind = 'ADDRESS'");
	}

	@Test
	void aBurstOfWrongPasswordsIsSlowedAndTheRightOneDoesNotSlipThrough() {
		int refusedUnchecked = 0;
		for (int i = 0; i < 40; i++) {
			if (signIn("wrong-" + i).endsWith("?locked")) {
				refusedUnchecked++;
			}
		}

		assertThat(refusedUnchecked).as("attempts refused without a password check").isGreaterThan(20);
		// the slow-down wait (300 ms here) runs from the last counted failure; on a busy
		// machine the burst may end after it, so date that failure to just now: the
		// right password inside the wait is refused unchecked
		this.jdbc.update("update login_throttle set last_failure_at = now() where kind = 'ACCOUNT' and subject = ?",
				this.username);
		assertThat(signIn(this.password)).as("the right password right after the burst").endsWith("?locked");
		assertThat(count("FAILURE")).isBetween(4, 10);
		assertThat(count("REFUSED")).isGreaterThan(20);
	}

	@Test
	void tenFailuresLockTheAccountUntilAnAdminUnlocksIt() {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(150)).until(() -> {
			signIn("wrong-password");
			return lockedUntilIsSet();
		});

		// past every slow-down wait (300 ms here), the lock still holds for the right
		// password
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> signIn(this.password).endsWith("?locked"));
		assertThat(count("FAILURE")).isEqualTo(10);
		assertThat(count("LOCKED")).isEqualTo(1);

		String clerk = OidcLogin.forIssuer(this.issuer).login("clerk.xihu", DemoPassword.get()).accessToken();
		assertThat(unlock(clerk).statusCode()).as("a clerk may not unlock").isEqualTo(403);
		assertThat(unlock(null).statusCode()).isEqualTo(401);
		String admin = OidcLogin.forIssuer(this.issuer).login("admin", DemoPassword.get()).accessToken();
		assertThat(unlock(admin).statusCode()).isEqualTo(204);

		assertThat(signIn(this.password)).doesNotContain("/login");
		assertThat(this.jdbc.queryForObject(
				"select actor from login_audit where event = 'UNLOCKED' and kind = 'ACCOUNT' and subject = ?",
				String.class, this.username))
			.isEqualTo("admin");
		assertThat(unlock(admin).statusCode()).as("nothing left to unlock").isEqualTo(404);
	}

	@Test
	void onlyFailuresCount() {
		for (int i = 0; i < 15; i++) {
			assertThat(signIn(this.password)).as("sign-in %d", i).doesNotContain("/login");
		}
		signIn("wrong-1");
		signIn("wrong-2");
		assertThat(signIn(this.password)).doesNotContain("/login");
		assertThat(
				this.jdbc.queryForObject("select count(*) from login_throttle where kind = 'ACCOUNT' and subject = ?",
						Integer.class, this.username))
			.as("the right password clears the account's failures")
			.isZero();
	}

	/** Posts the sign-in form; answers where the issuer redirects to. */
	private String signIn(String password) {
		return new Browser().signIn(this.issuer.resolve("/login"), this.username, password).toString();
	}

	private boolean lockedUntilIsSet() {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select locked_until is not null from login_throttle where kind = 'ACCOUNT' and subject = ?",
				Boolean.class, this.username));
	}

	private int count(String event) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from login_audit where kind = 'ACCOUNT' and subject = ? and event = ?", Integer.class,
				this.username, event);
		return (count != null) ? count : 0;
	}

	private HttpResponse<String> unlock(String token) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(this.issuer.resolve("/admin/login-locks/accounts/" + this.username))
			.timeout(Duration.ofSeconds(10))
			.DELETE();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
