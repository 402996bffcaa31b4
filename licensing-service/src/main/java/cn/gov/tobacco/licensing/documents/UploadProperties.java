package cn.gov.tobacco.licensing.documents;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Resumable uploads.
 *
 * @param partSize every part but the last (S3's minimum is 5 MB)
 * @param expiry how long a session stays open; the clean-up job aborts it after
 */
@ConfigurationProperties("licensing.uploads")
record UploadProperties(DataSize partSize, Duration expiry) {

	UploadProperties {
		if (partSize == null) {
			partSize = DataSize.ofMegabytes(5);
		}
		if (partSize.toBytes() < DataSize.ofMegabytes(5).toBytes()) {
			throw new IllegalArgumentException("licensing.uploads.part-size must be at least 5MB (S3's minimum)");
		}
		if (expiry == null) {
			expiry = Duration.ofHours(24);
		}
	}

}
