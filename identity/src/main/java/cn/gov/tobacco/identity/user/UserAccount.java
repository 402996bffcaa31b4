package cn.gov.tobacco.identity.user;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A person who signs in, as the other packages see them (never with a password hash).
 *
 * @param username the login name, also the tokens' {@code sub}
 * @param displayName the name shown to people, in Chinese (for example 张三)
 * @param jurisdiction the administrative division code (for example {@code 330106}); null
 * for citizens
 * @param roles role names without the {@code ROLE_} prefix
 * @param permissions explicit permissions (for example
 * {@code complaints:reporter-data:read})
 * @param enabled whether the account may sign in and receive tokens
 */
public record UserAccount(String username, String displayName, @Nullable String jurisdiction, List<String> roles,
		List<String> permissions, boolean enabled) {

	public UserAccount {
		roles = List.copyOf(roles);
		permissions = List.copyOf(permissions);
	}

}
