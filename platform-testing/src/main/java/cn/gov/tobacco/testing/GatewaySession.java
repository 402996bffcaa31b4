package cn.gov.tobacco.testing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A browser's session at the gateway, with nothing but {@code java.net.http}: its own
 * cookie jar (the {@code SESSION} and {@code XSRF-TOKEN} cookies), and on unsafe methods
 * the {@code X-XSRF-TOKEN} header copied from the cookie, as the web frontend does.
 *
 * <pre>{@code
 * GatewaySession clerk = GatewaySession.signIn("clerk.xihu", "Demo@2026");
 * GatewayResponse me = clerk.get("/api/me");
 * GatewayResponse created = clerk.postJson("/api/licensing/applications", json, UUID.randomUUID().toString());
 * GatewaySession anyone = GatewaySession.anonymous();
 * }</pre>
 *
 * The gateway's base URI comes from the system property or environment variable
 * {@code GATEWAY_URL}, else {@code http://localhost:8080}. Instances are not thread-safe.
 */
public final class GatewaySession {

	/** Used when {@code GATEWAY_URL} is not set. */
	public static final URI DEFAULT_GATEWAY = URI.create("http://localhost:8080");

	/** The cookie holding the CSRF token. */
	public static final String XSRF_COOKIE = "XSRF-TOKEN";

	/** The header the CSRF token is echoed in. */
	public static final String XSRF_HEADER = "X-XSRF-TOKEN";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	// longer than the gateway's own response timeout (60 s), so its 504 arrives first
	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	private final URI gateway;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private GatewaySession(URI gateway) {
		String text = Objects.requireNonNull(gateway, "gateway").toString();
		this.gateway = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
		this.http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.cookies)
			.build();
	}

	/** The gateway from {@code GATEWAY_URL} (system property, then environment). */
	public static URI gatewayUri() {
		String configured = System.getProperty("GATEWAY_URL", System.getenv("GATEWAY_URL"));
		return (configured != null && !configured.isBlank()) ? URI.create(configured.trim()) : DEFAULT_GATEWAY;
	}

	/** A session without a sign-in at {@link #gatewayUri()}. */
	public static GatewaySession anonymous() {
		return anonymous(gatewayUri());
	}

	/** A session without a sign-in. */
	public static GatewaySession anonymous(URI gatewayUri) {
		return new GatewaySession(gatewayUri);
	}

	/** Signs in at {@link #gatewayUri()}; see {@link #signIn(URI, String, String)}. */
	public static GatewaySession signIn(String username, String password) {
		return signIn(gatewayUri(), username, password);
	}

	/**
	 * Signs in like a browser: {@code /oauth2/authorization/identity} at the gateway, the
	 * issuer's login form, and the redirects back to the gateway's callback.
	 * @throws GatewaySessionException naming the step that failed (gateway or issuer
	 * unreachable, redirect URI not registered, credentials refused)
	 */
	public static GatewaySession signIn(URI gatewayUri, String username, String password) {
		GatewaySession session = new GatewaySession(gatewayUri);
		new GatewayBrowserLogin(session).signIn(username, password);
		session.ensureCsrfCookie();
		return session;
	}

	public URI baseUri() {
		return this.gateway;
	}

	/** The absolute URI of a path at the gateway. */
	public URI uri(String path) {
		return URI.create(this.gateway + (path.startsWith("/") ? path : "/" + path));
	}

	/** A cookie the gateway set, e.g. {@code SESSION} or {@code XSRF-TOKEN}. */
	public Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.get(this.gateway)
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	public GatewayResponse get(String path) {
		return get(path, Map.of("Accept", "application/json, application/problem+json"));
	}

	public GatewayResponse get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = request(path).GET();
		headers.forEach(request::header);
		return send(request);
	}

	/**
	 * POSTs JSON.
	 * @param idempotencyKey sent as {@code Idempotency-Key} unless {@code null}
	 */
	public GatewayResponse postJson(String path, String json, String idempotencyKey) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return sendWithCsrf(request);
	}

	/**
	 * POSTs {@code multipart/form-data}: the text fields, then the file as part
	 * {@code file}.
	 */
	public GatewayResponse uploadMultipart(String path, Map<String, String> fields, String fileName, String contentType,
			byte[] bytes) {
		GatewayMultipart multipart = new GatewayMultipart(fields, fileName, contentType, bytes);
		return sendWithCsrf(request(path).header("Content-Type", multipart.contentType())
			.header("Accept", "application/json, application/problem+json")
			.POST(multipart.body()));
	}

	/** GETs a file; the body holds its bytes. */
	public GatewayResponse download(String path) {
		return get(path, Map.of("Accept", "*/*"));
	}

	/**
	 * POSTs {@code /logout}; the answer redirects to the issuer's end-session endpoint.
	 */
	public GatewayResponse logout() {
		return sendWithCsrf(request("/logout").POST(HttpRequest.BodyPublishers.noBody()));
	}

	/** A request builder for a path at the gateway, for {@link #send}. */
	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
	}

	/**
	 * Sends a request with this session's cookies and nothing else added (no CSRF header
	 * even on unsafe methods; redirects are not followed).
	 */
	public GatewayResponse send(HttpRequest.Builder request) {
		HttpRequest built = request.build();
		try {
			HttpResponse<byte[]> response = this.http.send(built, HttpResponse.BodyHandlers.ofByteArray());
			return new GatewayResponse(response.statusCode(), response.headers(), response.body());
		}
		catch (ConnectException | HttpTimeoutException ex) {
			throw new GatewaySessionException(built.uri().getHost() + ":" + built.uri().getPort()
					+ " is not reachable (" + ex + "); is the gateway (or the issuer) running?", ex);
		}
		catch (IOException ex) {
			throw new GatewaySessionException("Request to " + built.uri() + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GatewaySessionException("Interrupted while calling " + built.uri(), ex);
		}
	}

	private GatewayResponse sendWithCsrf(HttpRequest.Builder request) {
		HttpRequest probe = request.copy().build();
		if (!SAFE_METHODS.contains(probe.method())) {
			ensureCsrfCookie();
			cookie(XSRF_COOKIE).ifPresent((token) -> request.header(XSRF_HEADER, token));
		}
		return send(request);
	}

	/** Any GET through the gateway issues the cookie; {@code /api/me} is always there. */
	private void ensureCsrfCookie() {
		if (cookie(XSRF_COOKIE).isEmpty()) {
			get("/api/me");
		}
	}

}
