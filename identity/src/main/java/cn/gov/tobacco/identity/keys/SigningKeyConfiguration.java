package cn.gov.tobacco.identity.keys;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key set the issuer signs with and publishes at {@code /oauth2/jwks}.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

	@Bean
	JWKSource<SecurityContext> jwkSource(SigningKeyStore store) {
		return new ImmutableJWKSet<>(new JWKSet(store.currentOrCreate()));
	}

}
