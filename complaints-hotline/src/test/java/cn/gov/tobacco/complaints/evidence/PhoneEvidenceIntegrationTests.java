package cn.gov.tobacco.complaints.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;

import cn.gov.tobacco.complaints.IntegrationTestSupport;
import cn.gov.tobacco.complaints.intake.Reports;
import cn.gov.tobacco.complaints.intake.Reports.FiledBody;
import cn.gov.tobacco.complaints.workflow.CaseApi;
import cn.gov.tobacco.complaints.api.model.CaseActionDto;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files made like a phone's, with a location in each place a phone puts one, filed by a
 * citizen and downloaded by the district handler: the handler's copy holds none of it.
 */
class PhoneEvidenceIntegrationTests extends IntegrationTestSupport {

	@Test
	void theHandlersCopyOfAnAndroidVideoHasNoLocationAndStillHasItsSampleWhereTheOffsetSays() {
		byte[] video = Mp4s.moovFirst();
		byte[] served = fileAndDownload(video, "VID_20261120.mp4", "video/mp4");
		assertThat(served).isNotEqualTo(video).hasSize(video.length);
		Mp4MetadataStrippingInputStreamTests.assertNoLocation(served);
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).contains("moov", "stco", "mdat")
			.contains(new String(Mp4s.SAMPLE, StandardCharsets.ISO_8859_1));
	}

	@Test
	void theHandlersCopyOfAnIphoneMovieHasNoLocation() {
		byte[] served = fileAndDownload(Mp4s.quickTimeMdatFirst(), "IMG_0042.MOV", "video/quicktime");
		Mp4MetadataStrippingInputStreamTests.assertNoLocation(served);
	}

	@Test
	void theHandlersCopyOfAMultiPicturePhotoIsTheFirstPictureWithoutAnyMetadata() {
		byte[] served = fileAndDownload(Jpegs.phoneMultiPicture(), "IMG_0043.jpg", "image/jpeg");
		assertThat(served).isEqualTo(Jpegs.phoneMultiPictureStripped());
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("GPS")
			.doesNotContain(Jpegs.COMMENT)
			.doesNotContain("ICC_PROFILE");
	}

	@Test
	void aVideoWhoseBoxesCannotBeFollowedIsRefusedAndNoCaseIsCreated() {
		byte[] video = Mp4s.moovFirst();
		byte[] broken = java.util.Arrays.copyOf(video, video.length - 4);
		file(Reports.counterfeit("330106"), broken, "broken.mp4", Map.of()).expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectHeader()
			.contentType("application/problem+json");
	}

	@Test
	void webpAndHeicAreNotInTheContractAndAreRefused() {
		byte[] webp = Mp4s.concat(Mp4s.ascii("RIFF"), new byte[] { 30, 0, 0, 0 }, Mp4s.ascii("WEBPVP8X"), new byte[22]);
		file(Reports.counterfeit("330106"), webp, "photo.webp", Map.of()).expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		byte[] heic = Mp4s.concat(Mp4s.box("ftyp", Mp4s.ascii("heic\0\0\0\0mif1heic")), Mp4s.box("meta", new byte[32]));
		file(Reports.counterfeit("330106"), heic, "IMG_0044.HEIC", Map.of()).expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	private byte[] fileAndDownload(byte[] bytes, String filename, String expectedType) {
		FiledBody filed = file(Reports.counterfeit("330106"), bytes, filename, Map.of()).expectStatus()
			.isCreated()
			.expectBody(FiledBody.class)
			.returnResult()
			.getResponseBody();
		CaseApi api = new CaseApi(client());
		String id = api.caseIdOf(filed.caseNumber());
		api.act("agent", id, CaseActionDto.ACCEPT);
		api.act("agent", id, CaseActionDto.DISPATCH);
		JsonNode detail = api.getJson("handler.xihu", "/api/complaints/cases/{id}", id);
		JsonNode attachment = detail.get("attachments").get(0);
		assertThat(attachment.get("contentType").asString()).isEqualTo(expectedType);
		return api
			.get("handler.xihu", "/api/complaints/cases/{id}/attachments/{a}", id, attachment.get("id").asString())
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

}
