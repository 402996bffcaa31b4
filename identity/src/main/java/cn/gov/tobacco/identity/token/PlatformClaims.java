package cn.gov.tobacco.identity.token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.tobacco.identity.user.UserAccount;

/**
 * The claims every service reads (README, "Identity contract"): {@code name},
 * {@code roles}, {@code jurisdiction} (left out when the account has none) and
 * {@code permissions}.
 */
final class PlatformClaims {

	static final String NAME = "name";

	static final String ROLES = "roles";

	static final String JURISDICTION = "jurisdiction";

	static final String PERMISSIONS = "permissions";

	private PlatformClaims() {
	}

	/** Claims of tokens issued to a service on the client-credentials grant. */
	static Map<String, Object> service() {
		return Map.of(ROLES, new ArrayList<>(List.of("SERVICE")));
	}

	// Mutable JDK lists: the claims are stored with the authorization, and Spring
	// Security's
	// Jackson allowlist accepts ArrayList but not List.of()'s classes.
	static Map<String, Object> of(UserAccount account) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put(NAME, account.displayName());
		claims.put(ROLES, new ArrayList<>(account.roles()));
		if (account.jurisdiction() != null) {
			claims.put(JURISDICTION, account.jurisdiction());
		}
		claims.put(PERMISSIONS, new ArrayList<>(account.permissions()));
		return claims;
	}

}
