package cn.gov.tobacco.licensing.documents;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import cn.gov.tobacco.platform.storage.ObjectStorageProperties;
import cn.gov.tobacco.platform.storage.MultipartStore;
import cn.gov.tobacco.platform.storage.ObjectStore;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	ObjectStore objectStore(Environment environment) {
		return new ObjectStore(properties(environment));
	}

	@Bean
	MultipartStore multipartStore(Environment environment, ObjectStore objects) {
		return new MultipartStore(properties(environment), objects);
	}

	private static ObjectStorageProperties properties(Environment environment) {
		return Binder.get(environment).bindOrCreate("licensing.storage", ObjectStorageProperties.class);
	}

}
