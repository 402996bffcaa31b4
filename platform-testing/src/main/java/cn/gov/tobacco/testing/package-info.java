/**
 * Test support shared by the modules' integration tests: signing in at the real OIDC
 * issuer with nothing but {@code java.net.http}, and the services' module-boundary rules.
 */
package cn.gov.tobacco.testing;
