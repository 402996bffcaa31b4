/**
 * Registered OAuth2 clients: registered from configuration at startup, stored in
 * {@code identity.oauth2_registered_client}, and how public clients authenticate on
 * refresh.
 */
package cn.gov.tobacco.identity.client;
