package cn.gov.tobacco.licensing.access;

import java.util.EnumSet;
import java.util.Set;

import reactor.core.publisher.Mono;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Jurisdiction;
import cn.gov.tobacco.platform.security.Role;

/**
 * The licensing rule per role (DESIGN.md §3). "Is staff" is never a permission:
 * <ul>
 * <li>RETAILER: their own applications, documents, commitments, licenses, credit.</li>
 * <li>CLERK, APPROVER, SUPERVISOR, ADMIN ({@link #CASEWORK}): every submitted application
 * of their subtree with its documents, checks, notices and audit, and the licenses and
 * credit profiles there; what each may change is the role of the action.</li>
 * <li>INSPECTOR: only the applications whose site check is assigned to them, or whose
 * post-verification lies in their subtree (a post-verification is assigned to the
 * inspectors of its jurisdiction), and those post-verifications; no license register, no
 * queue but their own site checks, no credit profiles, no refusal checks.</li>
 * <li>CITIZEN, HOTLINE_AGENT, HANDLER: nothing but the public endpoints (403), enforced
 * for the whole API by the security chain with {@link #LICENSING_ROLES}.</li>
 * <li>SERVICE: only the internal credit events.</li>
 * </ul>
 */
public final class Access {

	/** Roles with any business in licensing; every other role gets 403 outside public. */
	public static final Set<Role> LICENSING_ROLES = EnumSet.of(Role.RETAILER, Role.CLERK, Role.INSPECTOR, Role.APPROVER,
			Role.SUPERVISOR, Role.ADMIN);

	/**
	 * Bureau roles that work on, decide or supervise the applications of their subtree.
	 */
	public static final Set<Role> CASEWORK = EnumSet.of(Role.CLERK, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN);

	/**
	 * Bureau roles that read the supervision (visits, rectifications) of their subtree;
	 * an INSPECTOR reads only what is assigned to them.
	 */
	public static final Set<Role> OVERSIGHT = EnumSet.of(Role.SUPERVISOR, Role.APPROVER, Role.ADMIN);

	private Access() {
	}

	/** The authorities the security chain lets through to the non-public API. */
	public static String[] licensingAuthorities() {
		return LICENSING_ROLES.stream().map(Role::authority).toArray(String[]::new);
	}

	/**
	 * Whether the caller holds the role: for a staff role, with a subtree (a staff member
	 * without one holds nothing here).
	 */
	public static boolean holds(Caller caller, Role role) {
		return caller.has(role) && (!role.isStaff() || caller.jurisdiction() != null);
	}

	/** Whether the caller holds one of the roles (see {@link #holds(Caller, Role)}). */
	public static boolean holds(Caller caller, Set<Role> roles) {
		return roles.stream().anyMatch((role) -> holds(caller, role));
	}

	/** Whether the caller holds one of the roles over a subtree covering the code. */
	public static boolean holdsOver(Caller caller, Set<Role> roles, String jurisdiction) {
		return holds(caller, roles) && caller.covers(jurisdiction);
	}

	/**
	 * The caller's subtree as the LIKE pattern SQL binds ({@code jurisdiction like
	 * :subtree}); 403 for a caller without one.
	 */
	public static String subtree(Caller caller) {
		if (caller.jurisdiction() == null) {
			throw forbidden();
		}
		return caller.jurisdiction().likePattern();
	}

	/** The subtree of a jurisdiction code as the LIKE pattern SQL binds. */
	public static String subtreeOf(String jurisdiction) {
		return new Jurisdiction(jurisdiction).likePattern();
	}

	/** A caseworker (see {@link #CASEWORK}) with a subtree. */
	public static boolean isCaseworker(Caller caller) {
		return holds(caller, CASEWORK);
	}

	/** A caseworker whose subtree covers the code. */
	public static boolean caseworkerOf(Caller caller, String jurisdiction) {
		return holdsOver(caller, CASEWORK, jurisdiction);
	}

	/** An inspector with a subtree. */
	public static boolean isInspector(Caller caller) {
		return holds(caller, Role.INSPECTOR);
	}

	/**
	 * Whether the caller may read an application (and what hangs on it: documents,
	 * notices, audit, commitments).
	 * @param owner the applicant's subject
	 * @param draft whether it is still a draft (only the applicant sees a draft)
	 * @param jurisdiction its jurisdiction
	 * @param siteCheckAssignee the inspector assigned to its site check, or null
	 * @param postVerificationJurisdiction the jurisdiction of its post-verification, or
	 * null if it has none
	 */
	public static boolean readsApplication(Caller caller, String owner, boolean draft, String jurisdiction,
			String siteCheckAssignee, String postVerificationJurisdiction) {
		if (owner.equals(caller.subject()) && caller.has(Role.RETAILER)) {
			return true;
		}
		if (draft) {
			return false;
		}
		if (caseworkerOf(caller, jurisdiction)) {
			return true;
		}
		if (!isInspector(caller)) {
			return false;
		}
		boolean assigned = caller.subject().equals(siteCheckAssignee) && caller.covers(jurisdiction);
		boolean verifying = postVerificationJurisdiction != null && caller.covers(postVerificationJurisdiction);
		return assigned || verifying;
	}

	/**
	 * Whether the caller may read a license: its holder, or a caseworker of its subtree.
	 */
	public static boolean readsLicense(Caller caller, String holder, String jurisdiction) {
		return (holder.equals(caller.subject()) && caller.has(Role.RETAILER)) || caseworkerOf(caller, jurisdiction);
	}

	/**
	 * The caller if they hold one of the roles (and, for staff roles, a subtree); else
	 * 403.
	 */
	public static Mono<Caller> check(Caller caller, Role... roles) {
		for (Role role : roles) {
			if (holds(caller, role)) {
				return Mono.just(caller);
			}
		}
		return Mono.error(forbidden());
	}

	/** A caseworker (see {@link #CASEWORK}); else 403. */
	public static Mono<Caller> caseworker(Caller caller) {
		return check(caller, CASEWORK.toArray(Role[]::new));
	}

	public static ApiException forbidden() {
		return new ApiException(ProblemKind.FORBIDDEN, Text.of("您的角色无权执行此操作", "Your role may not do this"));
	}

}
