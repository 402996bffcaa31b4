/**
 * RFC 9457 problem details: the stable error kinds of the platform and one renderer that
 * turns every exception, from a controller or from the framework, into
 * {@code application/problem+json}.
 */
package cn.gov.tobacco.platform.problem;
