package cn.gov.tobacco.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.gov.tobacco.platform.ServiceWebAutoConfiguration;

/**
 * The edge. From platform-web it takes the problem writer and the correlation ids, not
 * the services' edge ({@link ServiceWebAutoConfiguration}): the gateway has its own error
 * handler for upstream failures, its own security chain and JWT decoder, and proxies
 * request bodies (multipart included) that it must not read.
 */
@SpringBootApplication(exclude = ServiceWebAutoConfiguration.class)
@ConfigurationPropertiesScan
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}

}
