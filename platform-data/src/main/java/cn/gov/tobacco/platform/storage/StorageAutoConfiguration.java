package cn.gov.tobacco.platform.storage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * The service's one {@link UploadPermits} (the heap they protect is the process's), from
 * {@link StorageLimits}; gauges {@code storage_uploads_buffering} and
 * {@code storage_uploads_waiting} when there is a meter registry. Once the service is
 * ready, each {@link ObjectStore}'s bucket is checked (and made if missing), its type
 * table read and the S3 clients made, in the background, so neither the start nor the
 * first upload pays for them; neither the start nor the readiness waits for the S3
 * server, and a server that is down then is checked again by the first upload.
 */
@AutoConfiguration
@EnableConfigurationProperties(StorageLimits.class)
public class StorageAutoConfiguration {

	private static final Log log = LogFactory.getLog(StorageAutoConfiguration.class);

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

	@Bean
	@ConditionalOnProperty(prefix = "platform", name = "migrate-only", havingValue = "false", matchIfMissing = true)
	ApplicationListener<ApplicationReadyEvent> objectStoreBuckets(ObjectProvider<ObjectStore> stores,
			ObjectProvider<MultipartStore> multipart) {
		return (event) -> {
			stores.orderedStream()
				.forEach((store) -> store.ready()
					.subscribe(null,
							(ex) -> log.info("A bucket could not be checked at start-up; the first upload checks it")));
			multipart.orderedStream().forEach((store) -> store.warm().subscribe());
		};
	}

}
