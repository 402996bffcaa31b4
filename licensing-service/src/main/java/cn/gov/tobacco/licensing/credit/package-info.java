/**
 * Credit commitments (告知承诺) and credit supervision, DESIGN.md §7: versioned commitment
 * templates, commitments signed by retailers for their applications, credit records.
 */
package cn.gov.tobacco.licensing.credit;
