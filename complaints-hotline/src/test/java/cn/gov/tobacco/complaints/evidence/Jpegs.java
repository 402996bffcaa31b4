package cn.gov.tobacco.complaints.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Small JPEG byte streams for tests: SOI, an APP0 (JFIF), an APP1 (EXIF with a GPS marker
 * text), a quantisation table, the scan and EOI.
 */
public final class Jpegs {

	public static final String GPS_MARKER = "GPSLatitude=30.2741N;GPSLongitude=120.1551E";

	private Jpegs() {
	}

	public static byte[] withExifLocation(int scanBytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD8 });
		segment(out, 0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0".getBytes(StandardCharsets.ISO_8859_1));
		segment(out, 0xE1, ("Exif\0\0" + GPS_MARKER).getBytes(StandardCharsets.ISO_8859_1));
		segment(out, 0xDB, new byte[65]);
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0 });
		for (int i = 0; i < scanBytes; i++) {
			out.write(i % 0xFE);
		}
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD9 });
		return out.toByteArray();
	}

	/**
	 * The GPS text in the EXIF of the second (preview) picture of a multi-picture file.
	 */
	public static final String SECOND_GPS_MARKER = "GPSLatitude=31.2304N;GPSLongitude=121.4737E";

	/** A comment a camera or editor writes (COM). */
	public static final String COMMENT = "OwnerName=Zhang San";

	/**
	 * A JPEG as a phone writes it: APP0 JFIF with a thumbnail, APP1 EXIF with GPS, APP1
	 * XMP, APP2 (ICC profile and MPF index), APP13 (IPTC), COM, tables, a frame, two
	 * scans (progressive, with a DHT between them) whose data holds stuffed bytes and a
	 * restart marker, EOI, and then a second JPEG (the multi-picture preview) with its
	 * own EXIF GPS.
	 */
	public static byte[] phoneMultiPicture() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD8 });
		byte[] jfif = "JFIF\0\1\2\1\0\110\0\110\2\1\377\377\377\377\377\377".getBytes(StandardCharsets.ISO_8859_1);
		segment(out, 0xE0, jfif);
		segment(out, 0xE1, ("Exif\0\0" + GPS_MARKER).getBytes(StandardCharsets.ISO_8859_1));
		segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<rdf:Description exif:GPSAltitude=\"12\"/>")
			.getBytes(StandardCharsets.ISO_8859_1));
		segment(out, 0xE2, "ICC_PROFILE\0\1\1DeviceModel=Phone".getBytes(StandardCharsets.ISO_8859_1));
		segment(out, 0xE2, "MPF\0MM\0*MPIndex".getBytes(StandardCharsets.ISO_8859_1));
		segment(out, 0xED, "Photoshop 3.0\08BIM City=Hangzhou".getBytes(StandardCharsets.ISO_8859_1));
		segment(out, 0xFE, COMMENT.getBytes(StandardCharsets.ISO_8859_1));
		segment(out, 0xDB, new byte[65]);
		segment(out, 0xC2, new byte[] { 8, 0, 1, 0, 1, 1, 1, 0x11, 0 });
		segment(out, 0xC4, new byte[] { 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5 });
		out.writeBytes(scan());
		segment(out, 0xC4, new byte[] { 0x10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6 });
		out.writeBytes(scan());
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD9 });
		out.writeBytes(firstPictureEnd());
		return out.toByteArray();
	}

	/** What a stripped {@link #phoneMultiPicture()} must be, byte for byte. */
	public static byte[] phoneMultiPictureStripped() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD8 });
		segment(out, 0xE0, "JFIF\0\1\2\1\0\110\0\110\0\0".getBytes(StandardCharsets.ISO_8859_1));
		segment(out, 0xDB, new byte[65]);
		segment(out, 0xC2, new byte[] { 8, 0, 1, 0, 1, 1, 1, 0x11, 0 });
		segment(out, 0xC4, new byte[] { 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5 });
		out.writeBytes(scan());
		segment(out, 0xC4, new byte[] { 0x10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6 });
		out.writeBytes(scan());
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD9 });
		return out.toByteArray();
	}

	private static byte[] scan() {
		return new byte[] { (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0, 0x12, (byte) 0xFF, 0, 0x34,
				(byte) 0xFF, (byte) 0xD0, 0x56, 0x78 };
	}

	/** The second picture written after the first EOI, with EXIF GPS of its own. */
	private static byte[] firstPictureEnd() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD8 });
		segment(out, 0xE1, ("Exif\0\0" + SECOND_GPS_MARKER).getBytes(StandardCharsets.ISO_8859_1));
		segment(out, 0xDB, new byte[65]);
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0, 1, 2, 3 });
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD9 });
		return out.toByteArray();
	}

	private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
		out.write(0xFF);
		out.write(marker);
		int length = payload.length + 2;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(payload);
	}

}
