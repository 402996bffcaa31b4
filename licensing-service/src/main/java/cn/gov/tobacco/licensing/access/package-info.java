/**
 * Who may see and do what in licensing, per role (DESIGN.md §3): the one place every
 * controller and service asks, instead of "is staff".
 */
package cn.gov.tobacco.licensing.access;
