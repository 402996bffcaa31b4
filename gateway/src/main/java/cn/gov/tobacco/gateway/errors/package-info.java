/**
 * Problem details (RFC 9457) for every error the gateway itself answers: which kinds
 * exist, how an exception maps to one and how it is written.
 */
package cn.gov.tobacco.gateway.errors;
