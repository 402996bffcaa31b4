/**
 * The market-regulation business-license registry (an external system): a client with
 * timeouts and retries, and the job that checks the pending applications against it;
 * while it is down the check stays pending and is retried.
 */
package cn.gov.tobacco.licensing.registry;
