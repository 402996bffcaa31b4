/**
 * The license directory: licensing's retail licenses as its signed license events
 * (CloudEvents) describe them, and the 无证经营 triage, duplicate linking and credit events
 * that use it.
 */
package cn.gov.tobacco.complaints.licenses;
