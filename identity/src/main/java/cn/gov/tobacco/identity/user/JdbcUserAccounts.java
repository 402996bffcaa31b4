package cn.gov.tobacco.identity.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/**
 * Accounts in {@code identity.users}, {@code user_roles} and {@code user_permissions}.
 * Also the {@link UserDetailsService} behind the form login: authorities are
 * {@code ROLE_<role>} plus the permissions.
 */
@Repository
class JdbcUserAccounts implements UserAccounts, UserDetailsService {

	private final JdbcTemplate jdbc;

	JdbcUserAccounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<UserAccount> findByUsername(String username) {
		return findRow(username).map((row) -> row.account(roles(username), permissions(username)));
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserRow row = findRow(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		roles(username).forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
		permissions(username).forEach((permission) -> authorities.add(new SimpleGrantedAuthority(permission)));
		return User.withUsername(row.username())
			.password(row.passwordHash())
			.disabled(!row.enabled())
			.authorities(authorities)
			.build();
	}

	private Optional<UserRow> findRow(String username) {
		return this.jdbc
			.query("select username, display_name, password_hash, jurisdiction, enabled from users where username = ?",
					(rs, rowNum) -> new UserRow(rs.getString("username"), rs.getString("display_name"),
							rs.getString("password_hash"), rs.getString("jurisdiction"), rs.getBoolean("enabled")),
					username)
			.stream()
			.findFirst();
	}

	private List<String> roles(String username) {
		return this.jdbc.queryForList("select role from user_roles where username = ? order by role", String.class,
				username);
	}

	private List<String> permissions(String username) {
		return this.jdbc.queryForList("select permission from user_permissions where username = ? order by permission",
				String.class, username);
	}

	private record UserRow(String username, String displayName, String passwordHash, String jurisdiction,
			boolean enabled) {

		UserAccount account(List<String> roles, List<String> permissions) {
			return new UserAccount(this.username, this.displayName, this.jurisdiction, roles, permissions,
					this.enabled);
		}

	}

}
