/**
 * Wires the authorization server: its security filter chains, the issuer setting, and the
 * extension points the feature packages contribute to.
 */
package cn.gov.tobacco.identity.server;
