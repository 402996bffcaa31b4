/**
 * People who sign in: accounts in {@code identity.users} with roles, jurisdiction and
 * explicit permissions, and the {@code UserDetailsService} that authenticates them.
 */
package cn.gov.tobacco.identity.user;
