/**
 * Cases: the lifecycle whitelist, persistence, staff lists and the case view, with
 * jurisdiction scoping and reporter data masked.
 */
package cn.gov.tobacco.complaints.cases;
