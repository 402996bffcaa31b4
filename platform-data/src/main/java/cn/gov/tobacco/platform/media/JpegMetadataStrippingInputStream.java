package cn.gov.tobacco.platform.media;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A JPEG with only what display needs, produced while streaming: SOI, the frame, tables
 * and scans (SOFn, DHT, DAC, DQT, DRI, DNL, DHP, EXP, SOS with its entropy-coded data,
 * RSTn) and the first EOI. Every APPn segment (EXIF, XMP, ICC, MPF, IPTC, maker data) and
 * every COM segment is dropped, except that a JFIF APP0 is rewritten to its minimal form
 * (version, units, density; no thumbnail). Nothing after the first EOI is written, so the
 * second image of a multi-picture file (MPF: a phone's preview or depth map, with EXIF of
 * its own) never reaches staff. A stream that is not a well-formed JPEG ends in a
 * {@link MalformedMediaException}.
 */
public class JpegMetadataStrippingInputStream extends InputStream {

	private static final int APP0 = 0xE0;

	private static final int SOS = 0xDA;

	private static final int EOI = 0xD9;

	private static final byte[] JFIF = { 'J', 'F', 'I', 'F', 0 };

	private final InputStream in;

	/** Bytes decided on and not yet handed out. */
	private final byte[] pending = new byte[32];

	private int pendingPos;

	private int pendingLen;

	/** Bytes of a kept segment's payload still to pass through. */
	private long passRemaining;

	private boolean started;

	private boolean scanning;

	private boolean done;

	public JpegMetadataStrippingInputStream(InputStream in) {
		this.in = new BufferedInputStream(in, 64 * 1024);
	}

	@Override
	public int read() throws IOException {
		while (true) {
			if (this.pendingPos < this.pendingLen) {
				return this.pending[this.pendingPos++] & 0xFF;
			}
			if (this.done) {
				return -1;
			}
			if (this.passRemaining > 0) {
				this.passRemaining--;
				return required();
			}
			if (!this.started) {
				start();
			}
			else if (this.scanning) {
				int b = required();
				if (b != 0xFF) {
					return b;
				}
				scanMarker();
			}
			else {
				int b = required();
				if (b != 0xFF) {
					throw new MalformedMediaException("JPEG: expected a marker");
				}
				segment(marker());
			}
		}
	}

	private void start() throws IOException {
		this.started = true;
		if (required() != 0xFF || required() != 0xD8) {
			throw new MalformedMediaException("JPEG: no start of image");
		}
		emit(0xFF, 0xD8);
	}

	/** After 0xFF inside entropy-coded data: stuffing, a restart, or the next marker. */
	private void scanMarker() throws IOException {
		int marker = marker();
		if (marker == 0x00 || (marker >= 0xD0 && marker <= 0xD7)) {
			emit(0xFF, marker);
			return;
		}
		this.scanning = false;
		segment(marker);
	}

	private void segment(int marker) throws IOException {
		if (marker == EOI) {
			emit(0xFF, EOI);
			this.done = true;
			return;
		}
		if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
			emit(0xFF, marker);
			return;
		}
		int hi = required();
		int lo = required();
		int length = (hi << 8) | lo;
		if (length < 2) {
			throw new MalformedMediaException("JPEG: bad segment length");
		}
		if (marker == APP0) {
			jfif(length - 2);
			return;
		}
		if (!kept(marker)) {
			skipInput(length - 2);
			return;
		}
		emit(0xFF, marker, hi, lo);
		this.passRemaining = length - 2;
		this.scanning = (marker == SOS);
	}

	/** A JFIF APP0 shrinks to version, units and density; any other APP0 is dropped. */
	private void jfif(int payload) throws IOException {
		if (payload < 14) {
			skipInput(payload);
			return;
		}
		byte[] head = this.in.readNBytes(12);
		if (head.length < 12) {
			throw new MalformedMediaException("JPEG: truncated");
		}
		skipInput(payload - 12);
		if (!Arrays.equals(head, 0, 5, JFIF, 0, 5)) {
			return;
		}
		int[] out = new int[18];
		out[0] = 0xFF;
		out[1] = APP0;
		out[2] = 0;
		out[3] = 16;
		for (int i = 0; i < 12; i++) {
			out[4 + i] = head[i] & 0xFF;
		}
		emit(out);
	}

	/** Frame, tables and scan headers: what a decoder needs to draw the picture. */
	private static boolean kept(int marker) {
		return (marker >= 0xC0 && marker <= 0xCF) || (marker >= 0xDA && marker <= 0xDF) || marker == 0xDB;
	}

	private int marker() throws IOException {
		int marker = required();
		while (marker == 0xFF) {
			marker = required();
		}
		return marker;
	}

	private void emit(int... bytes) {
		for (int i = 0; i < bytes.length; i++) {
			this.pending[i] = (byte) bytes[i];
		}
		this.pendingPos = 0;
		this.pendingLen = bytes.length;
	}

	private void skipInput(long n) throws IOException {
		try {
			this.in.skipNBytes(n);
		}
		catch (java.io.EOFException ex) {
			throw new MalformedMediaException("JPEG: truncated");
		}
	}

	private int required() throws IOException {
		int b = this.in.read();
		if (b < 0) {
			throw new MalformedMediaException("JPEG: truncated");
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		int n = 0;
		while (n < len) {
			int next = read();
			if (next < 0) {
				return (n == 0) ? -1 : n;
			}
			b[off + n++] = (byte) next;
			if (this.in.available() == 0 && this.pendingPos >= this.pendingLen) {
				break;
			}
		}
		return n;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
