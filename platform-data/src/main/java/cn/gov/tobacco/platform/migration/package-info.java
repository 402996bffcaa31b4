/**
 * Migration-only runs: with {@code platform.migrate-only=true} (the {@code migrate}
 * profile) a service applies its Flyway migrations and exits, for Kubernetes Jobs.
 */
package cn.gov.tobacco.platform.migration;
