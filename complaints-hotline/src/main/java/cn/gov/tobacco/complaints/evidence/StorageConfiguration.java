package cn.gov.tobacco.complaints.evidence;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import cn.gov.tobacco.platform.storage.ObjectStore;
import cn.gov.tobacco.platform.storage.UploadPermits;

/**
 * The evidence bucket, through platform-data's {@link ObjectStore}; created at start-up
 * when missing, so the first citizen's upload does not pay for it.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	ObjectStore evidenceObjects(EvidenceProperties properties, UploadPermits permits) {
		return new ObjectStore(properties.storage(), permits);
	}

	@Bean
	@Profile("!migrate")
	ApplicationRunner evidenceBucket(EvidenceProperties properties) {
		return (args) -> {
			MinioClient client = properties.storage().client();
			if (!client.bucketExists(BucketExistsArgs.builder().bucket(properties.bucket()).build())) {
				client.makeBucket(MakeBucketArgs.builder().bucket(properties.bucket()).build());
			}
		};
	}

}
