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
 * {@code name}) from a verified JWT. Unknown roles are ignored.
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
		String name = jwt.getClaimAsString("name");
		return new Caller(jwt.getSubject(), (name != null) ? name : jwt.getSubject(), Set.copyOf(roles), jurisdiction,
				Set.copyOf(list(jwt, "permissions")));
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
