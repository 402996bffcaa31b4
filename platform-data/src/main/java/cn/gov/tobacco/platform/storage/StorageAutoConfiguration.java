package cn.gov.tobacco.platform.storage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The service's one {@link UploadPermits} (the heap they protect is the process's), from
 * {@link StorageLimits}; gauges {@code storage_uploads_buffering} and
 * {@code storage_uploads_waiting} when there is a meter registry.
 */
@AutoConfiguration
@EnableConfigurationProperties(StorageLimits.class)
public class StorageAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	UploadPermits uploadPermits(StorageLimits limits, ObjectProvider<MeterRegistry> registry) {
		UploadPermits permits = limits.permits();
		registry.ifAvailable((meters) -> {
			Gauge.builder("storage.uploads.buffering", permits, UploadPermits::inUse)
				.description("Uploads streaming into S3 (each holding a part buffer)")
				.register(meters);
			Gauge.builder("storage.uploads.waiting", permits, UploadPermits::waiting)
				.description("Uploads waiting for their turn to stream into S3")
				.register(meters);
		});
		return permits;
	}

}
