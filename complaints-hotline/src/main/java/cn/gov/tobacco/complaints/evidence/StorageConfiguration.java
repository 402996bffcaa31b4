package cn.gov.tobacco.complaints.evidence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.tobacco.platform.storage.ObjectStore;
import cn.gov.tobacco.platform.storage.UploadPermits;

/**
 * The evidence bucket, through platform-data's {@link ObjectStore}; checked and created
 * when missing once the service is ready, in the background (platform-data's
 * {@code StorageAutoConfiguration}), so the first citizen's upload does not pay for it.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	ObjectStore evidenceObjects(EvidenceProperties properties, UploadPermits permits) {
		return new ObjectStore(properties.storage(), permits);
	}

}
