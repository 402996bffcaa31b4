package cn.gov.tobacco.identity.client;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The JDBC client repository, brought up to date with {@code identity.clients} when it is
 * created (clients no longer configured are left as they are), and the client
 * authentication that lets public clients use their refresh tokens.
 */
@Configuration(proxyBeanMethods = false)
class ClientConfiguration {

	private static final Log logger = LogFactory.getLog(ClientConfiguration.class);

	@Bean
	RegisteredClientRepository registeredClientRepository(JdbcOperations jdbc, ClientsProperties properties,
			PasswordEncoder passwordEncoder) {
		JdbcRegisteredClientRepository repository = new JdbcRegisteredClientRepository(jdbc);
		RegisteredClientFactory factory = new RegisteredClientFactory(properties.tokens(), passwordEncoder);
		properties.clients().forEach((clientId, client) -> {
			repository.save(factory.create(clientId, client, repository.findByClientId(clientId)));
			logger.info("Registered client '" + clientId + "' (" + client.kind() + ")");
		});
		return repository;
	}

	@Bean
	Customizer<OAuth2AuthorizationServerConfigurer> publicClientRefreshTokenAuthentication(
			RegisteredClientRepository registeredClients) {
		return (authorizationServer) -> authorizationServer
			.clientAuthentication((clientAuthentication) -> clientAuthentication
				.authenticationConverter(new PublicClientRefreshTokenAuthenticationConverter())
				.authenticationProvider(new PublicClientRefreshTokenAuthenticationProvider(registeredClients)));
	}

}
