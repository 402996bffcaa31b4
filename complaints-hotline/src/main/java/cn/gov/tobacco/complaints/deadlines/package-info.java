/**
 * Deadline settings per kind and category, kept with history, and the due dates they give
 * in working days.
 */
package cn.gov.tobacco.complaints.deadlines;
