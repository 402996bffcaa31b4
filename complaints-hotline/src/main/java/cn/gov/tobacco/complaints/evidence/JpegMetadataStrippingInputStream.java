package cn.gov.tobacco.complaints.evidence;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A JPEG without its APP1 (EXIF, XMP: camera, time and GPS location) and APP13 (IPTC)
 * segments, produced while streaming. Everything from the start of scan on passes through
 * untouched; input that is not a JPEG passes through as it is.
 */
class JpegMetadataStrippingInputStream extends FilterInputStream {

	private static final int APP1 = 0xE1;

	private static final int APP13 = 0xED;

	private static final int SOS = 0xDA;

	private final byte[] pending = new byte[4];

	private int pendingPos;

	private int pendingLen;

	private long passRemaining;

	private boolean started;

	private boolean scanning;

	JpegMetadataStrippingInputStream(InputStream in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		while (true) {
			if (this.pendingPos < this.pendingLen) {
				return this.pending[this.pendingPos++] & 0xFF;
			}
			if (this.scanning) {
				return this.in.read();
			}
			if (this.passRemaining > 0) {
				this.passRemaining--;
				return required();
			}
			if (!this.started) {
				start();
				continue;
			}
			int b = this.in.read();
			if (b < 0) {
				return -1;
			}
			if (b != 0xFF) {
				this.scanning = true;
				return b;
			}
			nextSegment();
		}
	}

	private void start() throws IOException {
		this.started = true;
		int b1 = this.in.read();
		int b2 = this.in.read();
		if (b1 != 0xFF || b2 != 0xD8) {
			this.scanning = true;
		}
		emit(b1, b2);
	}

	private void nextSegment() throws IOException {
		int marker = required();
		while (marker == 0xFF) {
			marker = required();
		}
		if (marker == SOS) {
			this.scanning = true;
			emit(0xFF, marker);
			return;
		}
		if (marker == 0x01 || marker == 0xD9 || (marker >= 0xD0 && marker <= 0xD7)) {
			emit(0xFF, marker);
			return;
		}
		int hi = required();
		int lo = required();
		int length = (hi << 8) | lo;
		if (marker == APP1 || marker == APP13) {
			this.in.skipNBytes(length - 2);
			return;
		}
		emit(0xFF, marker, hi, lo);
		this.passRemaining = length - 2;
	}

	private void emit(int... bytes) {
		int n = 0;
		for (int b : bytes) {
			if (b >= 0) {
				this.pending[n++] = (byte) b;
			}
		}
		this.pendingPos = 0;
		this.pendingLen = n;
	}

	private int required() throws IOException {
		int b = this.in.read();
		if (b < 0) {
			throw new EOFException("Truncated JPEG");
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		if (this.scanning && this.pendingPos >= this.pendingLen) {
			return this.in.read(b, off, len);
		}
		int first = read();
		if (first < 0) {
			return -1;
		}
		b[off] = (byte) first;
		return 1;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = 0;
		while (skipped < n && read() >= 0) {
			skipped++;
		}
		return skipped;
	}

	@Override
	public int available() {
		return 0;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

}
