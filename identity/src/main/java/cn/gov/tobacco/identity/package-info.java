/**
 * Local OpenID Connect issuer of the platform (Spring Authorization Server): users,
 * clients, signing keys and the claims every service reads. Keycloak or the province's
 * platform in production.
 */
package cn.gov.tobacco.identity;
