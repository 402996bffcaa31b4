/**
 * Notices to applicants (acceptance, correction list, extension, decision, expiry):
 * stored first, then sent by SMS through the gateway client with retries; a failure never
 * blocks.
 */
package cn.gov.tobacco.licensing.notices;
