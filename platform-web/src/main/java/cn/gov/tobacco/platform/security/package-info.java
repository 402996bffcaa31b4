/**
 * Who is calling: roles, the caller's jurisdiction subtree, permissions, read from a
 * locally verified JWT; plus the 401/403 answers as problem details.
 */
package cn.gov.tobacco.platform.security;
