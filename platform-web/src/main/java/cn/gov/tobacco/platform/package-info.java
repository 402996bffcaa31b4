/**
 * Cross-cutting code the platform's reactive services share. Domain code stays in the
 * services.
 */
package cn.gov.tobacco.platform;
