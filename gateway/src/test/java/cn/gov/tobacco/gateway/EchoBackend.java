package cn.gov.tobacco.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in backend for the gateway's integration tests (the real services may not be
 * running): answers every request with 200 and remembers what arrived, so the tests can
 * check what the gateway forwards (token relay, correlation id, no cookies).
 */
public final class EchoBackend {

	private final HttpServer server;

	private final AtomicReference<Received> last = new AtomicReference<>();

	private EchoBackend(HttpServer server) {
		this.server = server;
		server.createContext("/", this::answer);
		server.start();
	}

	public static EchoBackend start() {
		try {
			return new EchoBackend(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A localhost port nothing listens on (a route pointing there gets connection
	 * refused).
	 */
	public static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String uri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The last request that reached this backend, or {@code null}. */
	public Received last() {
		return this.last.get();
	}

	public void reset() {
		this.last.set(null);
	}

	private void answer(HttpExchange exchange) throws IOException {
		Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
		long bodyLength;
		try (InputStream body = exchange.getRequestBody()) {
			bodyLength = body.transferTo(java.io.OutputStream.nullOutputStream());
		}
		this.last
			.set(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, bodyLength));
		byte[] answer = "{\"echo\":true}".getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	/**
	 * A request as the backend saw it.
	 *
	 * @param method the HTTP method
	 * @param path the path
	 * @param headers the headers (case-insensitive names)
	 * @param bodyLength bytes received in the body
	 */
	public record Received(String method, String path, Map<String, String> headers, long bodyLength) {

		public String header(String name) {
			return this.headers.get(name);
		}

	}

}
