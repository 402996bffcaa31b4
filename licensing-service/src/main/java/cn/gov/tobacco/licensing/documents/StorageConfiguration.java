package cn.gov.tobacco.licensing.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.tobacco.platform.storage.MultipartStore;
import cn.gov.tobacco.platform.storage.ObjectStorageProperties;
import cn.gov.tobacco.platform.storage.ObjectStore;
import cn.gov.tobacco.platform.storage.UploadPermits;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageConfiguration.Storage.class)
class StorageConfiguration {

	@Bean
	ObjectStore objectStore(Storage storage, UploadPermits permits) {
		return new ObjectStore(storage.objects(), permits);
	}

	@Bean
	MultipartStore multipartStore(Storage storage, ObjectStore objects) {
		return new MultipartStore(storage.objects(), objects);
	}

	/**
	 * The documents' bucket ({@code licensing.storage.*}).
	 *
	 * @param endpoint the S3 endpoint URL
	 * @param region the region
	 * @param accessKey the access key
	 * @param secretKey the secret key
	 * @param bucket the bucket
	 */
	@ConfigurationProperties("licensing.storage")
	record Storage(String endpoint, String region, String accessKey, String secretKey, String bucket) {

		ObjectStorageProperties objects() {
			return new ObjectStorageProperties(this.endpoint, this.region, this.accessKey, this.secretKey, this.bucket);
		}

	}

}
