/**
 * Retail licenses: issued and changed by approved applications, numbered per jurisdiction
 * and year, with a certificate PDF and a public verification view.
 */
package cn.gov.tobacco.licensing.license;
