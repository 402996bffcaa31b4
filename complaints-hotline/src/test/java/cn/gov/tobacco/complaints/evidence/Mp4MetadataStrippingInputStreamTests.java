package cn.gov.tobacco.complaints.evidence;

import cn.gov.tobacco.platform.media.*;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Mp4MetadataStrippingInputStreamTests {

	@Test
	void moovBeforeMdatLosesEveryLocationAndTheChunkOffsetStillFindsTheSample() throws IOException {
		byte[] video = Mp4s.moovFirst();
		assertThat(text(video)).contains(Mp4s.XYZ, Mp4s.ISO6709, Mp4s.XMP_GPS);

		byte[] stripped = strip(video);

		assertNoLocation(stripped);
		assertThat(stripped).hasSize(video.length);
		assertThat(topLevel(stripped)).containsExactly("ftyp", "free", "moov", "mdat");
		assertThat(text(stripped)).contains("mvhd", "trak", "tkhd", "mdia", "stbl", "stco")
			.doesNotContain("udta", "meta");
		long offset = chunkOffset(stripped, "stco");
		assertThat(Arrays.copyOfRange(stripped, (int) offset, (int) offset + Mp4s.SAMPLE.length))
			.isEqualTo(Mp4s.SAMPLE);
	}

	@Test
	void aQuickTimeFileWithMdatFirstAndSixtyFourBitSizesKeepsItsSamples() throws IOException {
		byte[] video = Mp4s.quickTimeMdatFirst();
		byte[] stripped = strip(video);

		assertNoLocation(stripped);
		assertThat(stripped).hasSize(video.length);
		assertThat(topLevel(stripped)).containsExactly("ftyp", "mdat", "moov");
		long offset = chunkOffset(stripped, "co64");
		assertThat(Arrays.copyOfRange(stripped, (int) offset, (int) offset + Mp4s.SAMPLE.length))
			.isEqualTo(Mp4s.SAMPLE);
	}

	@Test
	void aBoxThatRunsPastItsContainerOrTheFileIsRefused() {
		byte[] video = Mp4s.moovFirst();
		assertThatThrownBy(() -> strip(Arrays.copyOf(video, video.length - 4)))
			.isInstanceOf(MalformedMediaException.class);
		byte[] broken = video.clone();
		int moov = indexOf(broken, "moov") - 4;
		broken[moov + 8 + 3] = (byte) 0xFF; // mvhd's size now runs past moov
		assertThatThrownBy(() -> strip(broken)).isInstanceOf(MalformedMediaException.class);
	}

	static void assertNoLocation(byte[] stripped) {
		assertThat(text(stripped)).doesNotContain(Mp4s.XYZ)
			.doesNotContain(Mp4s.ISO6709)
			.doesNotContain(Mp4s.XMP_GPS)
			.doesNotContain("\u00A9xyz")
			.doesNotContain("ISO6709")
			.doesNotContain("loci")
			.doesNotContain("xmpmeta");
	}

	private static byte[] strip(byte[] video) throws IOException {
		return new Mp4MetadataStrippingInputStream(new ByteArrayInputStream(video)).readAllBytes();
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	/** The top-level box types, walked by their sizes (so sizes must still add up). */
	private static List<String> topLevel(byte[] file) {
		List<String> types = new ArrayList<>();
		ByteBuffer buffer = ByteBuffer.wrap(file);
		int at = 0;
		while (at < file.length) {
			long size = Integer.toUnsignedLong(buffer.getInt(at));
			String type = new String(file, at + 4, 4, StandardCharsets.ISO_8859_1);
			if (size == 1) {
				size = buffer.getLong(at + 8);
			}
			types.add(type);
			at += (int) size;
		}
		assertThat(at).isEqualTo(file.length);
		return types;
	}

	private static long chunkOffset(byte[] file, String box) {
		int at = indexOf(file, box);
		ByteBuffer buffer = ByteBuffer.wrap(file);
		return box.equals("co64") ? buffer.getLong(at + 12) : Integer.toUnsignedLong(buffer.getInt(at + 12));
	}

	private static int indexOf(byte[] file, String type) {
		int at = text(file).indexOf(type);
		assertThat(at).isPositive();
		return at;
	}

}
