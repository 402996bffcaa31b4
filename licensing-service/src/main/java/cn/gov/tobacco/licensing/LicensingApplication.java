package cn.gov.tobacco.licensing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LicensingApplication {

	public static void main(String[] args) {
		SpringApplication.run(LicensingApplication.class, args);
	}

}
