package cn.gov.tobacco.identity.login;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.View;

/**
 * The {@code error} view: the platform's error page instead of Spring Boot's Whitelabel.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPageConfiguration {

	@Bean(name = "error")
	View error() {
		return new ErrorPageView();
	}

}
