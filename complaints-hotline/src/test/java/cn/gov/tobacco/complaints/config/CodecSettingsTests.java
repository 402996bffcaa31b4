package cn.gov.tobacco.complaints.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.http.codec.autoconfigure.HttpCodecsProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

/** The JSON body limit in application.yml is a property Boot 4 still reads. */
class CodecSettingsTests {

	@Test
	void theCodecLimitBindsToBootsHttpCodecsProperties() throws IOException {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources()
			.addFirst(new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
				.get(0));
		HttpCodecsProperties codecs = new Binder(ConfigurationPropertySources.get(env))
			.bindOrCreate("spring.http.codecs", HttpCodecsProperties.class);
		assertThat(codecs.getMaxInMemorySize()).isEqualTo(DataSize.ofKilobytes(512));
		assertThat(env.containsProperty("spring.codec.max-in-memory-size")).as("removed in Boot 4, read by nothing")
			.isFalse();
	}

}
