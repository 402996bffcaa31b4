/**
 * Migration-only runs: with the {@code migrate} profile the issuer applies its Flyway
 * migrations and exits, for Kubernetes init containers.
 */
package cn.gov.tobacco.identity.migration;
