package cn.gov.tobacco.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Starts the issuer on a random port against the real PostgreSQL database
 * {@code tobacco_test} ({@code IDENTITY_TEST_DB_URL} to change it). No issuer is
 * configured, so it is derived from each request ({@code http://localhost:<port>}). All
 * test classes share one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "identity.issuer=",
		"spring.datasource.url=${IDENTITY_TEST_DB_URL:jdbc:postgresql://localhost:5432/tobacco_test}",
		"spring.datasource.username=${IDENTITY_TEST_DB_USER:postgres}",
		"spring.datasource.password=${IDENTITY_TEST_DB_PASSWORD:}",
		// short waits so that a test reaches the lock in seconds; every test signs in
		// from
		// 127.0.0.1, so the per-address limits are out of reach here
		// (ThrottlePolicyTests)
		"identity.login-throttle.base-delay=100ms", "identity.login-throttle.max-delay=300ms",
		"identity.login-throttle.address-free-failures=100000", "identity.login-throttle.address-max-failures=200000" })
@interface IdentityIntegrationTest {

}
