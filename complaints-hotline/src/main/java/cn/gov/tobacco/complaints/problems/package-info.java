/**
 * Problem mappings this service needs beyond platform-common's (candidates to move
 * there).
 */
package cn.gov.tobacco.complaints.problems;
