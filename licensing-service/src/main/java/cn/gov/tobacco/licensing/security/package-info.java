/**
 * The service's security: a stateless resource server that verifies JWTs locally, with
 * problem-details 401/403 answers.
 */
package cn.gov.tobacco.licensing.security;
