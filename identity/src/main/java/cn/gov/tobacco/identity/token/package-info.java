/**
 * What goes into tokens and userinfo (name, roles, jurisdiction, permissions) and where
 * issued authorizations are kept.
 */
package cn.gov.tobacco.identity.token;
