/**
 * The administrative divisions of the service area by name (province, cities, counties),
 * the reference data people read instead of codes.
 */
package cn.gov.tobacco.complaints.divisions;
