/**
 * Time: the service's one injected {@link java.time.Clock} and the bureau's one
 * configured zone ({@code complaints.zone}), for days, deadlines and case numbers.
 */
package cn.gov.tobacco.complaints.time;
