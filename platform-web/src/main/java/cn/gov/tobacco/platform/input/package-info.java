/**
 * Input checked once at the edge of each service, before any controller: control
 * characters in query parameters, path, headers, JSON strings and form fields; dates out
 * of any sensible range; multipart bodies read as a stream, never spooled to disk.
 */
package cn.gov.tobacco.platform.input;
