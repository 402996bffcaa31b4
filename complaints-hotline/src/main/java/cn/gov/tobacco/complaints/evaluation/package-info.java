/**
 * The complainant's evaluation of the answer: satisfied closes, unsatisfied reopens once
 * for a second investigation, no evaluation within 14 days closes the case.
 */
package cn.gov.tobacco.complaints.evaluation;
