/**
 * Credit repair (信用修复): a retailer asks to repair one of their credit records, a clerk
 * covering the retailer grants or refuses; a granted record is marked, never deleted.
 */
package cn.gov.tobacco.licensing.creditrepair;
