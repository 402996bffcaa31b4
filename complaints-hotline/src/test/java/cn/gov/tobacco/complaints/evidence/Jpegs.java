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

	private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
		out.write(0xFF);
		out.write(marker);
		int length = payload.length + 2;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes(payload);
	}

}
