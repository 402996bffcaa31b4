package cn.gov.tobacco.platform.migration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Exits once the context (and so Flyway) has started, when {@code platform.migrate-only}
 * is set.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "platform.migrate-only", havingValue = "true")
public class MigrateOnlyAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MigrateOnlyAutoConfiguration.class);

	@Bean
	ApplicationRunner exitAfterMigrations(ApplicationContext context) {
		return (args) -> {
			log.info("Migrations applied; exiting (platform.migrate-only=true)");
			System.exit(SpringApplication.exit(context, () -> 0));
		};
	}

}
