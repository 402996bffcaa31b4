/**
 * The staff's case file ({@code /cases/**}): lists, the view of one case (history,
 * attachments, license check, reward), the actions on it and the check of its audit
 * chain.
 */
package cn.gov.tobacco.complaints.casefile;
