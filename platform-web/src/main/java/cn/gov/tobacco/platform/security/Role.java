package cn.gov.tobacco.platform.security;

/**
 * The roles of DESIGN.md §3, plus {@code SERVICE} for service-to-service calls.
 */
public enum Role {

	RETAILER, CITIZEN, HOTLINE_AGENT, CLERK, INSPECTOR, APPROVER, HANDLER, SUPERVISOR, ADMIN, SERVICE;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Bureau staff whose queries are scoped to a jurisdiction subtree. */
	public boolean isStaff() {
		return this != RETAILER && this != CITIZEN && this != SERVICE;
	}

}
