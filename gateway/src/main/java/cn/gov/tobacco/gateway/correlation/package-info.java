/**
 * Correlation ids: one id per request, accepted from the caller when well-formed or
 * generated, forwarded to the services, returned on every response and put in the logs.
 */
package cn.gov.tobacco.gateway.correlation;
