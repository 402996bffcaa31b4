/**
 * Correlation ids: one id per request, taken from a trusted caller or generated, carried
 * in the response, the logs (MDC) and calls to other services.
 */
package cn.gov.tobacco.platform.correlation;
