package cn.gov.tobacco.complaints.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import cn.gov.tobacco.platform.storage.ObjectStorageProperties;

/**
 * Where evidence is stored and how large each kind of file may be.
 *
 * @param endpoint the S3 API endpoint
 * @param accessKey the S3 access key
 * @param secretKey the S3 secret key
 * @param region the S3 region
 * @param bucket the bucket, created at start-up if missing
 * @param imageMaxSize cap for photos
 * @param documentMaxSize cap for PDF documents
 * @param videoMaxSize cap for short videos
 */
@ConfigurationProperties("complaints.evidence")
public record EvidenceProperties(String endpoint, String accessKey, String secretKey, String region, String bucket,
		DataSize imageMaxSize, DataSize documentMaxSize, DataSize videoMaxSize) {

	ObjectStorageProperties storage() {
		return new ObjectStorageProperties(this.endpoint, this.region, this.accessKey, this.secretKey, this.bucket);
	}

	/** The cap for a detected type, or -1 when the type is not accepted. */
	long capFor(String mediaType) {
		return switch (mediaType) {
			case "image/jpeg", "image/png" -> this.imageMaxSize.toBytes();
			case "application/pdf" -> this.documentMaxSize.toBytes();
			case "video/mp4", "video/quicktime", "application/mp4" -> this.videoMaxSize.toBytes();
			default -> -1;
		};
	}

}
