/**
 * The transactional outbox: events written in the transaction of the state change they
 * announce, published from there at least once, so none is lost when a service dies.
 */
package cn.gov.tobacco.platform.outbox;
