/**
 * Checks of Chinese identifiers and places: Unified Social Credit Code (GB 32100-2015),
 * resident ID (GB 11643-1999), mainland mobile numbers, division codes, coordinates.
 */
package cn.gov.tobacco.platform.identifiers;
