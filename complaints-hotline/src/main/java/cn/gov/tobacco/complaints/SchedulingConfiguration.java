package cn.gov.tobacco.complaints;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled jobs run in the service, never in a migrate-only run (the k8s init
 * container), which must apply the migrations and exit without touching anything else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "platform.migrate-only", havingValue = "false", matchIfMissing = true)
@EnableScheduling
class SchedulingConfiguration {

}
