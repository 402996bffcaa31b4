/**
 * Moving cases along the lifecycle: who may do which action in which state, what each
 * action records, and the evaluation by the complainant.
 */
package cn.gov.tobacco.complaints.workflow;
