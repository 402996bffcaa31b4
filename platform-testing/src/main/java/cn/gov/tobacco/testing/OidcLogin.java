package cn.gov.tobacco.testing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets real tokens from the running OIDC issuer (the {@code identity} module, port 9000
 * by default) the way a user would: the authorization-code flow with PKCE for the
 * {@code platform-cli} client, through the issuer's login form. Uses only
 * {@code java.net.http}; each {@link #login} starts with fresh cookies.
 *
 * <pre>{@code
 * OidcLogin.Tokens tokens = OidcLogin.forIssuer().login("clerk.xihu", password);
 * request.header("Authorization", "Bearer " + tokens.accessToken());
 * }</pre>
 */
public final class OidcLogin {

	/** The public client used for sign-ins. */
	public static final String CLIENT_ID = "platform-cli";

	/** Where the issuer sends the code; never connected to. */
	public static final URI REDIRECT_URI = URI.create("http://127.0.0.1:8765/callback");

	/** Used when neither the system property nor the environment variable is set. */
	public static final URI DEFAULT_ISSUER = URI.create("http://localhost:9000");

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final URI issuer;

	private OidcLogin(URI issuer) {
		String text = issuer.toString();
		this.issuer = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
	}

	/**
	 * The issuer from the system property or environment variable
	 * {@code IDENTITY_ISSUER}, else {@code http://localhost:9000}.
	 */
	public static OidcLogin forIssuer() {
		String configured = System.getProperty("IDENTITY_ISSUER", System.getenv("IDENTITY_ISSUER"));
		return forIssuer(
				(configured != null && !configured.isBlank()) ? URI.create(configured.trim()) : DEFAULT_ISSUER);
	}

	public static OidcLogin forIssuer(URI issuer) {
		return new OidcLogin(Objects.requireNonNull(issuer, "issuer"));
	}

	public URI issuer() {
		return this.issuer;
	}

	/**
	 * Signs in as a user and returns the tokens issued to {@code platform-cli} (scopes
	 * {@code openid profile}).
	 * @throws OidcLoginException if the issuer is not reachable, the credentials are
	 * wrong, or the issuer refuses the request
	 */
	public Tokens login(String username, String password) {
		HttpClient browser = client(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
		String verifier = Pkce.randomString(32);
		String state = Pkce.randomString(16);
		URI authorize = resolve("/oauth2/authorize?" + FormEncoding.encode(Map.of("response_type", "code", "client_id",
				CLIENT_ID, "redirect_uri", REDIRECT_URI.toString(), "scope", "openid profile", "state", state, "nonce",
				Pkce.randomString(16), "code_challenge", Pkce.challenge(verifier), "code_challenge_method", "S256")));

		HttpResponse<String> response = send(browser, page(authorize));
		URI loginPage = redirectTarget(authorize, response, "the authorization request");
		HttpResponse<String> page = send(browser, page(loginPage));
		if (page.statusCode() != 200) {
			throw new OidcLoginException("Expected the login page at " + loginPage + ", got HTTP " + page.statusCode());
		}
		String csrf = HtmlForms.hiddenValue(page.body(), "_csrf");

		URI loginUri = resolve("/login");
		response = send(browser,
				HttpRequest.newBuilder(loginUri)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(
							FormEncoding.encode(Map.of("username", username, "password", password, "_csrf", csrf)))));
		URI next = redirectTarget(loginUri, response, "the login");
		if ("error".equals(next.getQuery()) || (next.getPath() != null && next.getPath().endsWith("/login"))) {
			throw new OidcLoginException("Login rejected for user '" + username + "' at " + this.issuer);
		}
		Map<String, String> callback = followToCallback(browser, next);
		if (callback.containsKey("error")) {
			throw new OidcLoginException("The issuer refused the authorization request: " + callback.get("error") + " "
					+ callback.getOrDefault("error_description", ""));
		}
		if (!state.equals(callback.get("state"))) {
			throw new OidcLoginException("The state returned by the issuer does not match");
		}
		return tokens(tokenRequest(Map.of("grant_type", "authorization_code", "code", callback.get("code"),
				"redirect_uri", REDIRECT_URI.toString(), "client_id", CLIENT_ID, "code_verifier", verifier), null));
	}

	/**
	 * Exchanges a refresh token for new tokens. Refresh tokens rotate: the one passed in
	 * can not be used again.
	 */
	public Tokens refresh(String refreshToken) {
		return tokens(tokenRequest(
				Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", CLIENT_ID), null));
	}

	/**
	 * An access token for a service client (client credentials, scope {@code internal}).
	 */
	public String clientCredentials(String clientId, String secret) {
		return clientCredentials(clientId, secret, "internal");
	}

	/** An access token for a service client (client credentials) with the given scope. */
	public String clientCredentials(String clientId, String secret, String scope) {
		String basic = Base64.getEncoder()
			.encodeToString((FormEncoding.encode(clientId) + ":" + FormEncoding.encode(secret))
				.getBytes(StandardCharsets.UTF_8));
		return text(tokenRequest(Map.of("grant_type", "client_credentials", "scope", scope), "Basic " + basic),
				"access_token");
	}

	/** The claims of a JWT (its payload, not verified), for assertions in tests. */
	public static JsonNode claims(String jwt) {
		String[] parts = jwt.split("\\.");
		if (parts.length != 3) {
			throw new IllegalArgumentException("Not a JWT");
		}
		return json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
	}

	private Map<String, String> followToCallback(HttpClient browser, URI location) {
		URI current = location;
		for (int hops = 0; hops < 10; hops++) {
			if (current.toString().startsWith(REDIRECT_URI.toString())) {
				return FormEncoding.parse(current.getRawQuery());
			}
			HttpResponse<String> response = send(browser, page(current));
			current = redirectTarget(current, response, "the authorization after login");
		}
		throw new OidcLoginException("Too many redirects after login at " + this.issuer);
	}

	private JsonNode tokenRequest(Map<String, String> parameters, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve("/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(parameters)));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		HttpResponse<String> response = send(client(null), request);
		if (response.statusCode() != 200) {
			throw new OidcLoginException("The token endpoint of " + this.issuer + " answered HTTP "
					+ response.statusCode() + ": " + response.body());
		}
		return json.readTree(response.body());
	}

	private static Tokens tokens(JsonNode body) {
		return new Tokens(text(body, "access_token"), text(body, "refresh_token"), text(body, "id_token"));
	}

	private static String text(JsonNode body, String name) {
		JsonNode value = body.path(name);
		return value.isString() ? value.stringValue() : null;
	}

	// as a browser asks: the issuer sends browsers, not API clients, to its login page
	private static HttpRequest.Builder page(URI uri) {
		return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml").GET();
	}

	private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		HttpRequest built = request.timeout(TIMEOUT).build();
		try {
			return client.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException | HttpTimeoutException ex) {
			throw new OidcLoginException("The identity issuer at " + this.issuer + " is not reachable (" + ex
					+ "); start it with scripts/up.sh (or java -jar identity/target/identity-0.1.0-SNAPSHOT.jar)", ex);
		}
		catch (IOException ex) {
			throw new OidcLoginException("Request to " + built.uri() + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OidcLoginException("Interrupted while calling " + built.uri(), ex);
		}
	}

	private static URI redirectTarget(URI from, HttpResponse<String> response, String step) {
		String location = response.headers().firstValue("Location").orElse(null);
		if (response.statusCode() / 100 != 3 || location == null) {
			throw new OidcLoginException("Expected a redirect after " + step + " (" + from + "), got HTTP "
					+ response.statusCode() + ": " + abbreviate(response.body()));
		}
		return from.resolve(location);
	}

	private URI resolve(String pathAndQuery) {
		return URI.create(this.issuer + pathAndQuery);
	}

	private static HttpClient client(CookieManager cookies) {
		HttpClient.Builder builder = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER);
		if (cookies != null) {
			builder.cookieHandler(cookies);
		}
		return builder.build();
	}

	private static String abbreviate(String text) {
		return (text == null || text.length() <= 300) ? String.valueOf(text) : text.substring(0, 300) + "…";
	}

	/**
	 * Tokens issued to {@code platform-cli}.
	 *
	 * @param accessToken the JWT access token (15 minutes)
	 * @param refreshToken the refresh token (8 hours, single use)
	 * @param idToken the OIDC id token
	 */
	public record Tokens(String accessToken, String refreshToken, String idToken) {

		/** The access token's claims (not verified). */
		public JsonNode accessTokenClaims() {
			return claims(this.accessToken);
		}

	}

}
