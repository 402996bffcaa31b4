/**
 * Cases, the bottom of the features: the lifecycle whitelist, the rows and their history,
 * every list of cases (filters, orders, keyset pages), summaries with reporter data
 * masked, and the staff's jurisdiction checks.
 */
package cn.gov.tobacco.complaints.cases;
