package cn.gov.tobacco.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A multipart upload whose file part never ends: the form fields, then the file's first
 * bytes, then zeros in 64 KB chunks, paced, until the server answers or closes. Sent over
 * a plain socket, so the test sees exactly when the answer arrives and how much of the
 * file the client had sent by then.
 *
 * @param status the status code of the answer
 * @param fileBytesSentAtAnswer the file bytes written to the socket when the answer began
 * @param stillSending whether the client was still sending when the answer arrived
 */
public record EndlessUpload(int status, long fileBytesSentAtAnswer, boolean stillSending) {

	private static final int CHUNK = 64 * 1024;

	/**
	 * @param port the service's port on 127.0.0.1
	 * @param path the upload path
	 * @param headers extra request headers (authorization, idempotency key)
	 * @param fields text parts sent before the file, name → (content type, value)
	 * @param fileField the file part's name
	 * @param fileStart the file's first bytes (its magic number)
	 * @param timeout how long to wait for the answer
	 */
	public static EndlessUpload send(int port, String path, Map<String, String> headers, Map<String, String[]> fields,
			String fileField, byte[] fileStart, Duration timeout) throws IOException {
		String boundary = "endless" + Long.toHexString(System.nanoTime());
		StringBuilder head = new StringBuilder();
		head.append("POST ").append(path).append(" HTTP/1.1\r\n");
		head.append("Host: 127.0.0.1:").append(port).append("\r\n");
		head.append("Content-Type: multipart/form-data; boundary=").append(boundary).append("\r\n");
		head.append("Transfer-Encoding: chunked\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		head.append("\r\n");
		StringBuilder form = new StringBuilder();
		fields.forEach((name, typeAndValue) -> form.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\nContent-Type: ")
			.append(typeAndValue[0])
			.append("\r\n\r\n")
			.append(typeAndValue[1])
			.append("\r\n"));
		form.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(fileField)
			.append("\"; filename=\"endless.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		try (Socket socket = new Socket()) {
			socket.setSendBufferSize(CHUNK);
			socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
			socket.setSoTimeout((int) timeout.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.UTF_8));
			writeChunk(out, form.toString().getBytes(StandardCharsets.UTF_8));
			writeChunk(out, fileStart);
			AtomicLong sent = new AtomicLong(fileStart.length);
			AtomicBoolean answered = new AtomicBoolean();
			AtomicBoolean sending = new AtomicBoolean(true);
			Thread writer = new Thread(() -> {
				byte[] zeros = new byte[CHUNK];
				try {
					while (!answered.get()) {
						writeChunk(out, zeros);
						sent.addAndGet(CHUNK);
						java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
					}
				}
				catch (IOException ex) {
					// the server closed the connection
				}
				finally {
					sending.set(false);
				}
			}, "endless-upload");
			writer.setDaemon(true);
			writer.start();
			InputStream in = socket.getInputStream();
			String statusLine;
			try {
				statusLine = readLine(in);
			}
			catch (java.net.SocketTimeoutException ex) {
				// A hang is rare and slow to reproduce: leave what every thread was
				// doing.
				dumpThreads();
				throw new java.net.SocketTimeoutException(
						"no answer within " + timeout + " after " + sent.get() + " file bytes (threads dumped)");
			}
			long atAnswer = sent.get();
			boolean stillSending = sending.get();
			answered.set(true);
			int status = Integer.parseInt(statusLine.split(" ")[1]);
			return new EndlessUpload(status, atAnswer, stillSending);
		}
	}

	private static void dumpThreads() {
		StringBuilder dump = new StringBuilder("EndlessUpload: no answer; every thread's stack:\n");
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			dump.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
			for (StackTraceElement frame : stack) {
				dump.append("\tat ").append(frame).append('\n');
			}
		});
		System.err.print(dump);
	}

	private static void writeChunk(OutputStream out, byte[] bytes) throws IOException {
		out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

}
