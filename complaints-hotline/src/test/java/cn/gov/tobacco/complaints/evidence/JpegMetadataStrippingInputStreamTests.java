package cn.gov.tobacco.complaints.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JpegMetadataStrippingInputStreamTests {

	@Test
	void exifSegmentIsRemovedAndEverythingElseKept() throws IOException {
		byte[] jpeg = Jpegs.withExifLocation(1000);
		byte[] stripped = new JpegMetadataStrippingInputStream(new ByteArrayInputStream(jpeg)).readAllBytes();
		String text = new String(stripped, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("Exif").doesNotContain("GPSLatitude").contains("JFIF");
		int exifSegment = 2 + 2 + 6 + Jpegs.GPS_MARKER.length();
		assertThat(stripped).hasSize(jpeg.length - exifSegment);
		assertThat(stripped[0] & 0xFF).isEqualTo(0xFF);
		assertThat(stripped[1] & 0xFF).isEqualTo(0xD8);
		assertThat(stripped[stripped.length - 1] & 0xFF).isEqualTo(0xD9);
	}

	@Test
	void somethingThatIsNotAJpegPassesThroughUnchanged() throws IOException {
		byte[] pdf = "%PDF-1.4 not a jpeg".getBytes(StandardCharsets.US_ASCII);
		assertThat(new JpegMetadataStrippingInputStream(new ByteArrayInputStream(pdf)).readAllBytes()).isEqualTo(pdf);
	}

}
