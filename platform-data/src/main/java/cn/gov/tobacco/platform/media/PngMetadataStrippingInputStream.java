package cn.gov.tobacco.platform.media;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * A PNG without its metadata chunks: {@code eXIf} (EXIF, incl. GPS location), the text
 * chunks {@code tEXt}, {@code zTXt}, {@code iTXt} (XMP lives there) and {@code tIME},
 * produced while streaming. Image chunks pass through with their CRCs untouched; input
 * that is not a PNG passes through as it is.
 */
public class PngMetadataStrippingInputStream extends InputStream {

	/** The 8 bytes every PNG starts with. */
	public static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final Set<String> DROPPED = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

	private final InputStream in;

	/** Bytes read ahead and still to hand out: the signature or a chunk header. */
	private final byte[] ahead = new byte[8];

	private int aheadPos;

	private int aheadLen;

	/** Bytes of the current kept chunk (data and CRC) still to pass through. */
	private long passRemaining;

	private boolean started;

	private boolean notPng;

	public PngMetadataStrippingInputStream(InputStream in) {
		this.in = in;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return (n < 0) ? -1 : (one[0] & 0xFF);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (true) {
			if (this.aheadPos < this.aheadLen) {
				int n = Math.min(length, this.aheadLen - this.aheadPos);
				System.arraycopy(this.ahead, this.aheadPos, buffer, offset, n);
				this.aheadPos += n;
				return n;
			}
			if (this.notPng) {
				return this.in.read(buffer, offset, length);
			}
			if (this.passRemaining > 0) {
				int n = this.in.read(buffer, offset, (int) Math.min(length, this.passRemaining));
				if (n < 0) {
					throw new EOFException("PNG chunk cut short");
				}
				this.passRemaining -= n;
				return n;
			}
			if (!this.started) {
				start();
				continue;
			}
			if (!nextChunk()) {
				return -1;
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	private void start() throws IOException {
		this.started = true;
		this.aheadLen = this.in.readNBytes(this.ahead, 0, 8);
		this.aheadPos = 0;
		this.notPng = this.aheadLen < 8 || !Arrays.equals(this.ahead, SIGNATURE);
	}

	/**
	 * Reads the next chunk header; drops the chunk or queues it to pass. False at the
	 * end.
	 */
	private boolean nextChunk() throws IOException {
		while (true) {
			int n = this.in.readNBytes(this.ahead, 0, 8);
			if (n == 0) {
				return false;
			}
			if (n < 8) {
				throw new EOFException("PNG chunk header cut short");
			}
			long length = ((this.ahead[0] & 0xFFL) << 24) | ((this.ahead[1] & 0xFFL) << 16)
					| ((this.ahead[2] & 0xFFL) << 8) | (this.ahead[3] & 0xFFL);
			String type = new String(this.ahead, 4, 4, StandardCharsets.ISO_8859_1);
			if (DROPPED.contains(type)) {
				skipFully(length + 4);
				continue;
			}
			this.aheadPos = 0;
			this.aheadLen = 8;
			this.passRemaining = length + 4;
			return true;
		}
	}

	private void skipFully(long count) throws IOException {
		long left = count;
		while (left > 0) {
			long skipped = this.in.skip(left);
			if (skipped <= 0) {
				if (this.in.read() < 0) {
					throw new EOFException("PNG chunk cut short");
				}
				skipped = 1;
			}
			left -= skipped;
		}
	}

}
