/**
 * The market-regulation business-license registry (an external system): a client with
 * timeouts and retries; while it is down the check stays pending and is retried.
 */
package cn.gov.tobacco.licensing.registry;
