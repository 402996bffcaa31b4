package cn.gov.tobacco.identity.server;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The issuer identifier ({@code identity.issuer}, from {@code IDENTITY_ISSUER}).
 *
 * @param issuer the issuer URL; when empty the issuer is derived from each request, which
 * lets the integration tests run on a random port
 */
@ConfigurationProperties("identity")
record IssuerProperties(@Nullable String issuer) {

}
