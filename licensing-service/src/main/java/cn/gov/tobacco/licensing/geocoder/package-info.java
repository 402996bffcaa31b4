/**
 * The geocoder (an external system): the places matching an address the retailer typed,
 * so the premises can be put on the map without typing coordinates. A client with a
 * timeout and retries; while the geocoder is down the answer is a 503 problem and the map
 * and the device's location still work.
 */
package cn.gov.tobacco.licensing.geocoder;
