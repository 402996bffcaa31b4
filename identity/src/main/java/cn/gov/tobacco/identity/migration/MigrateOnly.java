package cn.gov.tobacco.identity.migration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Exits once the context, and so Flyway, has started, when {@code identity.migrate-only}
 * is set (the {@code migrate} profile sets it).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "identity.migrate-only", havingValue = "true")
class MigrateOnly {

	private static final Logger log = LoggerFactory.getLogger(MigrateOnly.class);

	@Bean
	ApplicationRunner exitAfterMigrations(ApplicationContext context) {
		return (args) -> {
			log.info("Migrations applied; exiting (profile migrate)");
			System.exit(SpringApplication.exit(context, () -> 0));
		};
	}

}
