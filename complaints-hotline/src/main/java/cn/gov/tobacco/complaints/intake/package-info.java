/**
 * Intake: citizens file online (signed in or anonymous), agents log calls; every new case
 * gets a case number, a private tracking code and the acceptance check.
 */
package cn.gov.tobacco.complaints.intake;
