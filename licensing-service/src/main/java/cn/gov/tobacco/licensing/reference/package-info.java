/**
 * Reference data the rules read, maintained by ADMIN: per-jurisdiction settings (service
 * promise, school distance, outlet spacing), schools and kindergartens, barred
 * applicants.
 */
package cn.gov.tobacco.licensing.reference;
