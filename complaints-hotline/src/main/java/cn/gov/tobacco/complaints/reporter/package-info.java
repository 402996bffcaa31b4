/**
 * Reporter confidentiality (举报人保密): contact data encrypted at rest, masked for everyone,
 * revealed only with an explicit permission and with an audit entry.
 */
package cn.gov.tobacco.complaints.reporter;
