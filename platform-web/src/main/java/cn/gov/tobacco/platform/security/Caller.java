package cn.gov.tobacco.platform.security;

import java.util.Set;

/**
 * The authenticated caller of a request.
 *
 * @param subject the stable user id ({@code sub})
 * @param name the display name
 * @param roles the caller's roles
 * @param jurisdiction the caller's organisation node, or {@code null} (retailers,
 * citizens)
 * @param permissions extra fine-grained permissions, e.g.
 * {@code complaints:reporter-data:read}
 */
public record Caller(String subject, String name, Set<Role> roles, Jurisdiction jurisdiction, Set<String> permissions) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAny(Role... candidates) {
		for (Role role : candidates) {
			if (this.roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	public boolean hasPermission(String permission) {
		return this.permissions.contains(permission);
	}

	/**
	 * Whether a staff caller's subtree covers the given code; false for callers without
	 * one.
	 */
	public boolean covers(String jurisdictionCode) {
		return this.jurisdiction != null && this.jurisdiction.covers(jurisdictionCode);
	}

}
