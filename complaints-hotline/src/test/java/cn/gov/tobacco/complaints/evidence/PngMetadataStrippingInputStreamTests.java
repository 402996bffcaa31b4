package cn.gov.tobacco.complaints.evidence;

import cn.gov.tobacco.platform.media.*;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PngMetadataStrippingInputStreamTests {

	@Test
	void dropsLocationAndTextChunksAndKeepsTheImageChunksByteForByte() throws IOException {
		byte[] png = Pngs.withLocationMetadata();
		byte[] stripped = strip(png);

		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		expected.writeBytes(PngMetadataStrippingInputStream.SIGNATURE);
		expected.writeBytes(Pngs.chunk("IHDR", new byte[] { 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 }));
		expected.writeBytes(Pngs.chunk("IDAT", new byte[] { 0x78, 0x01, 0x63, 0x60, 0x60, 0x60, 0, 0, 0, 4, 0, 1 }));
		expected.writeBytes(Pngs.chunk("IEND", new byte[0]));
		assertThat(stripped).isEqualTo(expected.toByteArray());
		String text = new String(stripped, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("GPS").doesNotContain("eXIf").doesNotContain("xmpmeta").doesNotContain("home");
	}

	@Test
	void sameResultWhateverTheReadSize() throws IOException {
		byte[] png = Pngs.withLocationMetadata();
		byte[] bulk = strip(png);
		ByteArrayOutputStream oneByOne = new ByteArrayOutputStream();
		try (PngMetadataStrippingInputStream in = new PngMetadataStrippingInputStream(new ByteArrayInputStream(png))) {
			for (int b = in.read(); b >= 0; b = in.read()) {
				oneByOne.write(b);
			}
		}
		assertThat(oneByOne.toByteArray()).isEqualTo(bulk);
	}

	@Test
	void somethingElsePassesThroughUnchanged() throws IOException {
		byte[] notPng = "%PDF-1.4 not an image".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(strip(notPng)).isEqualTo(notPng);
		assertThat(strip(new byte[] { 1, 2, 3 })).isEqualTo(new byte[] { 1, 2, 3 });
	}

	@Test
	void aTruncatedFileIsAnError() {
		byte[] png = Pngs.withLocationMetadata();
		byte[] cut = Arrays.copyOf(png, png.length - 6);
		assertThatExceptionOfType(EOFException.class).isThrownBy(() -> strip(cut));
	}

	private static byte[] strip(byte[] bytes) throws IOException {
		try (PngMetadataStrippingInputStream in = new PngMetadataStrippingInputStream(
				new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
	}

}
