/**
 * Credit records and grades (信用监管, DESIGN.md §7): the records of retailers (breaches,
 * substantiated reports, penalties, timely renewals), the grade rule, profiles, standings
 * for supervision, and credit events from other services.
 */
package cn.gov.tobacco.licensing.credit;
