package cn.gov.tobacco.testing;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body: text fields, then one file part named {@code file}.
 */
final class GatewayMultipart {

	private final String boundary = "----gateway-session-" + UUID.randomUUID();

	private final byte[] bytes;

	GatewayMultipart(Map<String, String> fields, String fileName, String contentType, byte[] file) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> {
			write(body, "--" + this.boundary + "\r\n");
			write(body, "Content-Disposition: form-data; name=\"" + quoted(name) + "\"\r\n");
			write(body, "Content-Type: text/plain; charset=UTF-8\r\n\r\n");
			write(body, value + "\r\n");
		});
		write(body, "--" + this.boundary + "\r\n");
		write(body, "Content-Disposition: form-data; name=\"file\"; filename=\"" + quoted(fileName) + "\"\r\n");
		write(body, "Content-Type: " + contentType + "\r\n\r\n");
		body.writeBytes(file);
		write(body, "\r\n--" + this.boundary + "--\r\n");
		this.bytes = body.toByteArray();
	}

	String contentType() {
		return "multipart/form-data; boundary=" + this.boundary;
	}

	HttpRequest.BodyPublisher body() {
		return HttpRequest.BodyPublishers.ofByteArray(this.bytes);
	}

	private static void write(ByteArrayOutputStream body, String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String quoted(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "");
	}

}
