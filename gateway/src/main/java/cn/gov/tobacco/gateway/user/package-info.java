/**
 * The signed-in user as the web frontend sees it: {@code GET /api/me} with the identity
 * claims (subject, name, roles, jurisdiction, permissions).
 */
package cn.gov.tobacco.gateway.user;
