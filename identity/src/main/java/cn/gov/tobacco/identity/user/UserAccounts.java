package cn.gov.tobacco.identity.user;

import java.util.Optional;

/**
 * Looks up accounts by username, for the token claims and userinfo.
 */
public interface UserAccounts {

	Optional<UserAccount> findByUsername(String username);

}
