/**
 * Commitments (告知承诺, DESIGN.md §7): versioned commitment templates, the commitments
 * retailers sign for their applications, and the documents they stand in for (the fast
 * path).
 */
package cn.gov.tobacco.licensing.commitments;
