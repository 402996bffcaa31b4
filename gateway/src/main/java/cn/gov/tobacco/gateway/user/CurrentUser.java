package cn.gov.tobacco.gateway.user;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.tobacco.gateway.api.model.CurrentUserDto;

/**
 * The answer of {@code GET /api/me}.
 *
 * @param sub the username ({@code preferred_username} where the issuer sends it, else
 * {@code sub})
 * @param name the display name
 * @param roles the platform roles, e.g. {@code CLERK}
 * @param jurisdiction the administrative division code, {@code null} for citizens
 * @param permissions extra permissions, e.g. {@code complaints:reporter-data:read}
 */
record CurrentUser(String sub, String name, List<String> roles, String jurisdiction, List<String> permissions) {

	private static final Set<String> KNOWN_ROLES = Arrays.stream(CurrentUserDto.RolesEnum.values())
		.map(CurrentUserDto.RolesEnum::getValue)
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * Reads the platform's claims.
	 * @param claims token or ID token claims
	 * @return the user; missing lists are empty
	 */
	static CurrentUser fromClaims(Map<String, Object> claims) {
		// Keycloak's sub is an opaque id; the services key records by preferred_username
		// too
		String preferred = string(claims.get("preferred_username"));
		String sub = (preferred != null && !preferred.isBlank()) ? preferred : string(claims.get("sub"));
		String name = string(claims.get("name"));
		return new CurrentUser(sub, (name != null) ? name : sub, strings(claims.get("roles")),
				string(claims.get("jurisdiction")), strings(claims.get("permissions")));
	}

	/**
	 * The answer as {@code openapi/gateway.yaml} describes it. A role the contract does
	 * not know (another system's claim) is left out rather than failing the request.
	 * @return the DTO
	 */
	CurrentUserDto toDto() {
		List<CurrentUserDto.RolesEnum> known = this.roles.stream()
			.filter(KNOWN_ROLES::contains)
			.map(CurrentUserDto.RolesEnum::fromValue)
			.toList();
		return new CurrentUserDto(this.sub, this.name, known, this.permissions).jurisdiction(this.jurisdiction);
	}

	private static String string(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static List<String> strings(Object value) {
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		if (value instanceof String text && !text.isBlank()) {
			return List.of(text.split("[ ,]+"));
		}
		return List.of();
	}

}
