/**
 * The RSA signing key: generated on first start, stored in {@code identity.signing_keys},
 * published at the JWKS endpoint.
 */
package cn.gov.tobacco.identity.keys;
