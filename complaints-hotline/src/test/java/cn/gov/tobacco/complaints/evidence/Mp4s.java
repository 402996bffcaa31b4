package cn.gov.tobacco.complaints.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Small MP4 and QuickTime files built box by box, laid out as phones write them: the
 * Android recorder's {@code moov/udta/©xyz}, Apple's {@code moov/meta} with
 * {@code keys}/{@code ilst} holding {@code com.apple.quicktime.location.ISO6709}, a
 * track-level {@code udta}, and an XMP {@code uuid} box. The one chunk of each file sits
 * in {@code mdat} and is found through {@code stco} (or {@code co64}).
 */
public final class Mp4s {

	/** Android's ©xyz value. */
	public static final String XYZ = "+30.2741+120.1551/";

	/** Apple's ISO 6709 location. */
	public static final String ISO6709 = "+30.2742+120.1552+012.000/";

	/** The GPS field of the XMP packet. */
	public static final String XMP_GPS = "exif:GPSLatitude=\"30,16.44N\"";

	/** The bytes of the one sample, found through the chunk offset. */
	public static final byte[] SAMPLE = "SAMPLE-DATA-0123456789".getBytes(StandardCharsets.ISO_8859_1);

	static final String XMP_UUID = "\u00BE\u007A\u00CF\u00CB\u0097\u00A9\u0042\u00E8\u009C\u0071\u0099\u0094\u0091\u00E3\u00AF\u00AC";

	private Mp4s() {
	}

	/**
	 * An MP4 (brand isom) with moov before mdat, as a recorder that reserves space writes
	 * it.
	 */
	public static byte[] moovFirst() {
		byte[] ftyp = box("ftyp", ascii("mp42\0\0\0\0mp42isom"));
		byte[] xmp = box("uuid", ascii(XMP_UUID + "<x:xmpmeta><rdf:Description " + XMP_GPS + "/></x:xmpmeta>"));
		// Two passes: the chunk offset depends on the size of moov, which does not depend
		// on the offset's value.
		byte[] moov = moov(0, false);
		long offset = ftyp.length + xmp.length + moov.length + 8;
		moov = moov(offset, false);
		return concat(ftyp, xmp, moov, box("mdat", SAMPLE));
	}

	/**
	 * A QuickTime file (brand qt) with mdat first, as an iPhone writes it, a 64-bit
	 * {@code mdat} header and {@code co64} offsets.
	 */
	public static byte[] quickTimeMdatFirst() {
		byte[] ftyp = box("ftyp", ascii("qt  \0\0\0\0qt  "));
		ByteArrayOutputStream mdat = new ByteArrayOutputStream();
		int32(mdat, 1);
		mdat.writeBytes(ascii("mdat"));
		long mdatSize = 16 + SAMPLE.length;
		int32(mdat, (int) (mdatSize >>> 32));
		int32(mdat, (int) mdatSize);
		mdat.writeBytes(SAMPLE);
		long offset = ftyp.length + 16;
		return concat(ftyp, mdat.toByteArray(), moov(offset, true));
	}

	private static byte[] moov(long chunkOffset, boolean co64) {
		byte[] mvhd = box("mvhd", new byte[100]);
		byte[] tkhd = box("tkhd", new byte[84]);
		byte[] hdlr = box("hdlr", ascii("\0\0\0\0\0\0\0\0vide\0\0\0\0\0\0\0\0\0\0\0\0VideoHandler\0"));
		byte[] stsd = box("stsd", new byte[8]);
		byte[] chunks;
		if (co64) {
			ByteArrayOutputStream payload = new ByteArrayOutputStream();
			int32(payload, 0);
			int32(payload, 1);
			int32(payload, (int) (chunkOffset >>> 32));
			int32(payload, (int) chunkOffset);
			chunks = box("co64", payload.toByteArray());
		}
		else {
			ByteArrayOutputStream payload = new ByteArrayOutputStream();
			int32(payload, 0);
			int32(payload, 1);
			int32(payload, (int) chunkOffset);
			chunks = box("stco", payload.toByteArray());
		}
		byte[] stbl = box("stbl", concat(stsd, chunks));
		byte[] minf = box("minf", stbl);
		byte[] mdia = box("mdia", concat(box("mdhd", new byte[24]), hdlr, minf));
		byte[] trackUdta = box("udta",
				box("\u00A9xyz", concat(new byte[] { 0, (byte) XYZ.length(), 0x15, (byte) 0xC7 }, ascii(XYZ))));
		byte[] trak = box("trak", concat(tkhd, mdia, trackUdta));
		byte[] udta = box("udta",
				concat(box("\u00A9xyz", concat(new byte[] { 0, (byte) XYZ.length(), 0x15, (byte) 0xC7 }, ascii(XYZ))),
						box("loci", ascii("\0\0\0\0\u0015\u00C7home\0" + XYZ))));
		byte[] keys = box("keys", concat(new byte[] { 0, 0, 0, 0, 0, 0, 0, 1 },
				box("mdta", ascii("com.apple.quicktime.location.ISO6709"))));
		byte[] ilst = box("ilst",
				box("\0\0\0\1", box("data", concat(new byte[] { 0, 0, 0, 1, 0, 0, 0, 0 }, ascii(ISO6709)))));
		byte[] meta = box("meta",
				concat(box("hdlr", ascii("\0\0\0\0\0\0\0\0mdta\0\0\0\0\0\0\0\0\0\0\0\0\0")), keys, ilst));
		return box("moov", concat(mvhd, trak, udta, meta));
	}

	public static byte[] box(String type, byte[] payload) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int32(out, payload.length + 8);
		out.writeBytes(ascii(type));
		out.writeBytes(payload);
		return out.toByteArray();
	}

	public static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	public static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static void int32(ByteArrayOutputStream out, int value) {
		out.write(value >>> 24);
		out.write(value >>> 16);
		out.write(value >>> 8);
		out.write(value);
	}

}
