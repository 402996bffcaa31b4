/**
 * Distances on the Earth's surface (haversine), in Java and in SQL: shared by the license
 * register (nearest outlet) and the reference data (nearest school), below both.
 */
package cn.gov.tobacco.licensing.geo;
