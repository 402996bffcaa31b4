/**
 * Who may call what: a JWT resource server verified locally against the issuer's JWKS,
 * public intake and tracking open to anyone, 401/403 as problem details.
 */
package cn.gov.tobacco.complaints.security;
