package cn.gov.tobacco.complaints.evidence;

import cn.gov.tobacco.platform.media.PngMetadataStrippingInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Small PNGs built chunk by chunk, with the metadata a phone camera may add.
 */
final class Pngs {

	private Pngs() {
	}

	/**
	 * A 1x1 PNG with an eXIf chunk (GPS location), an XMP iTXt chunk and a tEXt comment.
	 */
	static byte[] withLocationMetadata() {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(PngMetadataStrippingInputStream.SIGNATURE);
		png.writeBytes(chunk("IHDR", new byte[] { 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 }));
		png.writeBytes(chunk("eXIf", ascii("MM\0*GPSLatitude 30.2741 GPSLongitude 120.1551")));
		png.writeBytes(chunk("iTXt", ascii("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta exif:GPSLatitude='30,16.4N'/>")));
		png.writeBytes(chunk("tEXt", ascii("Comment\0taken at home")));
		png.writeBytes(chunk("IDAT", new byte[] { 0x78, 0x01, 0x63, 0x60, 0x60, 0x60, 0, 0, 0, 4, 0, 1 }));
		png.writeBytes(chunk("IEND", new byte[0]));
		return png.toByteArray();
	}

	static byte[] chunk(String type, byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int length = data.length;
		out.writeBytes(
				new byte[] { (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length });
		byte[] typeBytes = ascii(type);
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		long value = crc.getValue();
		out.writeBytes(new byte[] { (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value });
		return out.toByteArray();
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
