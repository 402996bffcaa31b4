package cn.gov.tobacco.identity.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clients registered at startup ({@code identity.clients.<client-id>.*}) and their
 * token lifetimes ({@code identity.tokens.*}).
 *
 * @param clients the clients by client id
 * @param tokens the token lifetimes, the same for every client
 */
@ConfigurationProperties("identity")
record ClientsProperties(Map<String, Client> clients, @DefaultValue Tokens tokens) {

	ClientsProperties {
		clients = (clients != null) ? Map.copyOf(clients) : Map.of();
	}

	/**
	 * One client.
	 *
	 * @param kind what the client is, which fixes its grant types and authentication
	 * @param name a human-readable name
	 * @param secret the plain secret (hashed before it is stored); confidential and
	 * service clients only
	 * @param redirectUris where authorization codes may be sent
	 * @param postLogoutRedirectUris where RP-initiated logout may return to
	 * @param scopes the scopes the client may request
	 */
	record Client(ClientKind kind, @Nullable String name, @Nullable String secret, List<String> redirectUris,
			List<String> postLogoutRedirectUris, Set<String> scopes) {

		Client {
			redirectUris = (redirectUris != null) ? List.copyOf(redirectUris) : List.of();
			postLogoutRedirectUris = (postLogoutRedirectUris != null) ? List.copyOf(postLogoutRedirectUris) : List.of();
			scopes = (scopes != null) ? Set.copyOf(scopes) : Set.of();
		}

	}

	/**
	 * Token lifetimes.
	 *
	 * @param accessTokenTimeToLive access and id tokens
	 * @param refreshTokenTimeToLive refresh tokens (each refresh issues a new one)
	 */
	record Tokens(@DefaultValue("15m") Duration accessTokenTimeToLive,
			@DefaultValue("8h") Duration refreshTokenTimeToLive) {

	}

	/**
	 * The kinds of client the platform has.
	 */
	enum ClientKind {

		/**
		 * A server-side web application (the gateway): code + PKCE + refresh, with a
		 * secret.
		 */
		CONFIDENTIAL,

		/** A native app, script or test: code + PKCE + refresh, no secret. */
		PUBLIC,

		/** A service calling another service: client credentials. */
		SERVICE

	}

}
