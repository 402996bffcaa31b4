package cn.gov.tobacco.complaints.evidence;

import cn.gov.tobacco.platform.media.*;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JpegMetadataStrippingInputStreamTests {

	@Test
	void exifSegmentIsRemovedAndEverythingElseKept() throws IOException {
		byte[] jpeg = Jpegs.withExifLocation(1000);
		byte[] stripped = strip(jpeg);
		String text = new String(stripped, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("Exif").doesNotContain("GPSLatitude").contains("JFIF");
		int exifSegment = 2 + 2 + 6 + Jpegs.GPS_MARKER.length();
		assertThat(stripped).hasSize(jpeg.length - exifSegment);
		assertThat(stripped[0] & 0xFF).isEqualTo(0xFF);
		assertThat(stripped[1] & 0xFF).isEqualTo(0xD8);
		assertThat(stripped[stripped.length - 1] & 0xFF).isEqualTo(0xD9);
	}

	@Test
	void aPhonesMultiPictureFileKeepsOnlyWhatTheFirstPictureNeedsToBeDrawn() throws IOException {
		byte[] stripped = strip(Jpegs.phoneMultiPicture());
		String text = new String(stripped, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain(Jpegs.GPS_MARKER)
			.doesNotContain(Jpegs.SECOND_GPS_MARKER)
			.doesNotContain("GPS")
			.doesNotContain("Exif")
			.doesNotContain("xap")
			.doesNotContain("ICC_PROFILE")
			.doesNotContain("MPF")
			.doesNotContain("8BIM")
			.doesNotContain(Jpegs.COMMENT);
		assertThat(stripped).isEqualTo(Jpegs.phoneMultiPictureStripped());
	}

	@Test
	void readingInBlocksGivesTheSameBytes() throws IOException {
		JpegMetadataStrippingInputStream in = new JpegMetadataStrippingInputStream(
				new ByteArrayInputStream(Jpegs.phoneMultiPicture()));
		byte[] buffer = new byte[7];
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		int n;
		while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
			out.write(buffer, 0, n);
		}
		assertThat(out.toByteArray()).isEqualTo(Jpegs.phoneMultiPictureStripped());
	}

	@Test
	void somethingThatIsNotAWellFormedJpegIsRefusedRatherThanPassedThrough() {
		byte[] pdf = "%PDF-1.4 not a jpeg".getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> strip(pdf)).isInstanceOf(MalformedMediaException.class);
		byte[] jpeg = Jpegs.phoneMultiPicture();
		assertThatThrownBy(() -> strip(Arrays.copyOf(jpeg, 60))).isInstanceOf(MalformedMediaException.class);
	}

	private static byte[] strip(byte[] jpeg) throws IOException {
		return new JpegMetadataStrippingInputStream(new ByteArrayInputStream(jpeg)).readAllBytes();
	}

}
