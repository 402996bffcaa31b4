package cn.gov.tobacco.platform.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.BooleanSupplier;

/**
 * Counts and hashes what passes through and fails once more than the limit has been read,
 * or at the first read after its upload was cancelled.
 */
final class LimitedDigestInputStream extends FilterInputStream {

	private final long limit;

	private final MessageDigest digest;

	private final BooleanSupplier cancelled;

	private long count;

	LimitedDigestInputStream(InputStream in, long limit) {
		this(in, limit, () -> false);
	}

	LimitedDigestInputStream(InputStream in, long limit, BooleanSupplier cancelled) {
		super(in);
		this.limit = limit;
		this.cancelled = cancelled;
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public int read() throws IOException {
		checkNotCancelled();
		int b = super.read();
		if (b >= 0) {
			this.digest.update((byte) b);
			advance(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		checkNotCancelled();
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			this.digest.update(buffer, offset, n);
			advance(n);
		}
		return n;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void checkNotCancelled() throws IOException {
		if (this.cancelled.getAsBoolean()) {
			throw new Upload.Cancelled();
		}
	}

	private void advance(int n) throws IOException {
		this.count += n;
		if (this.count > this.limit) {
			throw new TooLargeException(this.limit);
		}
	}

	long count() {
		return this.count;
	}

	String sha256() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

	static final class TooLargeException extends IOException {

		private final long limit;

		TooLargeException(long limit) {
			super("More than " + limit + " bytes");
			this.limit = limit;
		}

		long limit() {
			return this.limit;
		}

	}

}
