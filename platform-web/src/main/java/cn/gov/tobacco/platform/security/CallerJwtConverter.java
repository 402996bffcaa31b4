package cn.gov.tobacco.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads the platform's claims ({@code roles}, {@code jurisdiction}, {@code permissions},
 * {@code name}, {@code preferred_username}) from a verified JWT. Unknown roles are
 * ignored.
 */
public final class CallerJwtConverter {

	private CallerJwtConverter() {
	}

	public static Caller caller(Jwt jwt) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : list(jwt, "roles")) {
			try {
				roles.add(Role.valueOf(name));
			}
			catch (IllegalArgumentException ignored) {
				// A role another system knows; it grants nothing here.
			}
		}
		String code = jwt.getClaimAsString("jurisdiction");
		Jurisdiction jurisdiction = Jurisdiction.isValid(code) ? new Jurisdiction(code) : null;
		String username = username(jwt);
		String name = jwt.getClaimAsString("name");
		return new Caller(username, (name != null) ? name : username, Set.copyOf(roles), jurisdiction,
				Set.copyOf(list(jwt, "permissions")));
	}

	/**
	 * The login name: {@code preferred_username} where the issuer sends it (Keycloak,
	 * whose {@code sub} is an opaque user id), else {@code sub} (the local issuer's
	 * {@code sub} is the login name).
	 * @param jwt the verified token
	 * @return the name records and ownership are kept under
	 */
	public static String username(Jwt jwt) {
		String preferred = jwt.getClaimAsString("preferred_username");
		return (preferred != null && !preferred.isBlank()) ? preferred : jwt.getSubject();
	}

	/** Authorities {@code ROLE_<role>} for Spring Security's role checks. */
	public static Converter<Jwt, Collection<GrantedAuthority>> authorities() {
		return (jwt) -> caller(jwt).roles()
			.stream()
			.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority(role.authority()))
			.toList();
	}

	private static List<String> list(Jwt jwt, String claim) {
		List<String> values = jwt.getClaimAsStringList(claim);
		return (values != null) ? values : List.of();
	}

}
