package cn.gov.tobacco.platform.storage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many uploads may stream into S3 at once ({@code platform.storage.*}), the same for
 * every service. Each holds a part buffer (the S3 client's grows to 8 MiB for a 5 MiB
 * part) and the garbage of its growth: bench/uploads.sh measured 60 MiB of heap growth
 * with 3 at once, 65 to 76 MiB with 4, on the services' 384 MB heaps (target 64). An
 * upload waits at most {@code max-wait} for its turn, then is answered 503.
 *
 * @param maxBufferedUploads the most uploads holding a part buffer at once
 * @param maxWait the longest an upload waits for its turn
 */
@ConfigurationProperties("platform.storage")
public record StorageLimits(@DefaultValue("3") int maxBufferedUploads, @DefaultValue("2m") Duration maxWait) {

	public UploadPermits permits() {
		return new UploadPermits(this.maxBufferedUploads, this.maxWait);
	}

}
