/**
 * Login throttling: repeated password failures per account and per client address are
 * first slowed (each attempt must wait longer) and then locked out for a period; the
 * state and an audit trail live in the identity database, and an ADMIN can lift a lock.
 */
package cn.gov.tobacco.identity.throttle;
