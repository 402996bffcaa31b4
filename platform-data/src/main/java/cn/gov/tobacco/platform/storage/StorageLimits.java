package cn.gov.tobacco.platform.storage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many uploads may stream into S3 at once ({@code platform.storage.*}), the same for
 * every service. Each holds a part buffer of up to 5 MiB and a copy of it (about 10 MiB
 * of heap); the default 4 keeps that near 40 MiB on the services' 384 MB heaps. An upload
 * waits at most {@code max-wait} for its turn, then is answered 503.
 *
 * @param maxBufferedUploads the most uploads holding a part buffer at once
 * @param maxWait the longest an upload waits for its turn
 */
@ConfigurationProperties("platform.storage")
public record StorageLimits(@DefaultValue("4") int maxBufferedUploads, @DefaultValue("2m") Duration maxWait) {

	public UploadPermits permits() {
		return new UploadPermits(this.maxBufferedUploads, this.maxWait);
	}

}
