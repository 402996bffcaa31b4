/**
 * A read-only Open311 GeoReport v2 style view of cases for other government systems:
 * open/closed plus the detailed state, never reporter data or descriptions.
 */
package cn.gov.tobacco.complaints.open311;
