package cn.gov.tobacco.platform.media;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * An MP4 or QuickTime file whose metadata boxes are blanked, produced while streaming:
 * every {@code udta} (where phones put {@code ©xyz} GPS and {@code loci}), {@code meta}
 * (Apple's {@code keys}/{@code ilst} with {@code com.apple.quicktime.location.ISO6709}),
 * {@code uuid} (XMP, vendor data), {@code XMP_}, {@code ©xyz}, {@code loci} box at any
 * depth, every {@code free}/{@code skip}/{@code wide} box (which may hold old metadata)
 * and every top-level box that is not part of the movie becomes a {@code free} box of the
 * same size filled with zeros.
 * <p>
 * The sizes of all boxes stay as they were, so the chunk offsets in {@code stco} and
 * {@code co64} still point at the same samples whether {@code moov} comes before or after
 * {@code mdat}: the file stays playable without rewriting the sample tables or holding
 * {@code moov} in memory. A box structure that cannot be followed ends in a
 * {@link MalformedMediaException}.
 */
public class Mp4MetadataStrippingInputStream extends InputStream {

	private static final Set<String> TOP_LEVEL = Set.of("ftyp", "moov", "mdat", "moof", "mfra", "styp", "sidx", "ssix",
			"prft", "pdin", "emsg");

	private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl", "edts", "dinf", "mvex",
			"moof", "traf", "mfra");

	private static final Set<String> BLANKED = Set.of("udta", "meta", "uuid", "XMP_", "\u00A9xyz", "loci", "free",
			"skip", "wide", "keys", "ilst");

	private static final long TO_END = -1;

	private final InputStream in;

	private final byte[] header = new byte[16];

	private int headerPos;

	private int headerLen;

	/**
	 * Payload bytes of the current box to copy (or to blank), {@link #TO_END} for all.
	 */
	private long remaining;

	private boolean blanking;

	/** Stream positions where the open containers end. */
	private final Deque<Long> ends = new ArrayDeque<>();

	private long position;

	private boolean done;

	public Mp4MetadataStrippingInputStream(InputStream in) {
		this.in = new BufferedInputStream(in, 64 * 1024);
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return (n < 0) ? -1 : (one[0] & 0xFF);
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		while (true) {
			if (this.headerPos < this.headerLen) {
				int n = Math.min(len, this.headerLen - this.headerPos);
				System.arraycopy(this.header, this.headerPos, b, off, n);
				this.headerPos += n;
				return n;
			}
			if (this.remaining != 0) {
				return payload(b, off, len);
			}
			closeFinishedContainers();
			if (this.done || !nextBox()) {
				return -1;
			}
		}
	}

	private int payload(byte[] b, int off, int len) throws IOException {
		int want = (this.remaining == TO_END) ? len : (int) Math.min(len, this.remaining);
		int n = this.in.read(b, off, want);
		if (n < 0) {
			if (this.remaining == TO_END) {
				this.done = true;
				return -1;
			}
			throw new MalformedMediaException("MP4: truncated box");
		}
		if (this.blanking) {
			java.util.Arrays.fill(b, off, off + n, (byte) 0);
		}
		this.position += n;
		if (this.remaining != TO_END) {
			this.remaining -= n;
		}
		return n;
	}

	private void closeFinishedContainers() throws MalformedMediaException {
		while (!this.ends.isEmpty() && this.ends.peek() <= this.position) {
			if (this.ends.pop() != this.position) {
				throw new MalformedMediaException("MP4: box runs past its container");
			}
		}
	}

	/** Reads the next box header and decides what happens to the box. */
	private boolean nextBox() throws IOException {
		int first = this.in.read();
		if (first < 0) {
			if (!this.ends.isEmpty()) {
				throw new MalformedMediaException("MP4: truncated container");
			}
			return false;
		}
		this.header[0] = (byte) first;
		readFully(this.header, 1, 7);
		long size = ((this.header[0] & 0xFFL) << 24) | ((this.header[1] & 0xFFL) << 16)
				| ((this.header[2] & 0xFFL) << 8) | (this.header[3] & 0xFFL);
		int headerSize = 8;
		if (size == 1) {
			readFully(this.header, 8, 8);
			size = 0;
			for (int i = 8; i < 16; i++) {
				size = (size << 8) | (this.header[i] & 0xFFL);
			}
			headerSize = 16;
		}
		long parentEnd = this.ends.isEmpty() ? Long.MAX_VALUE : this.ends.peek();
		if (size == 0) {
			size = (parentEnd == Long.MAX_VALUE) ? TO_END : parentEnd - this.position;
		}
		if (size != TO_END && (size < headerSize || this.position + size > parentEnd)) {
			throw new MalformedMediaException("MP4: bad box size");
		}
		String type = new String(this.header, 4, 4, StandardCharsets.ISO_8859_1);
		boolean topLevel = this.ends.isEmpty();
		this.blanking = BLANKED.contains(type) || (topLevel && !TOP_LEVEL.contains(type));
		if (this.blanking) {
			this.header[4] = 'f';
			this.header[5] = 'r';
			this.header[6] = 'e';
			this.header[7] = 'e';
		}
		this.headerPos = 0;
		this.headerLen = headerSize;
		this.position += headerSize;
		if (!this.blanking && CONTAINERS.contains(type)) {
			if (size == TO_END) {
				throw new MalformedMediaException("MP4: open-ended container");
			}
			this.ends.push(this.position - headerSize + size);
			this.remaining = 0;
		}
		else {
			this.remaining = (size == TO_END) ? TO_END : size - headerSize;
		}
		return true;
	}

	private void readFully(byte[] b, int off, int len) throws IOException {
		if (this.in.readNBytes(b, off, len) < len) {
			throw new MalformedMediaException("MP4: truncated box header");
		}
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
