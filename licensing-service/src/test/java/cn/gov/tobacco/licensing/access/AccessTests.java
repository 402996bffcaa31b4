package cn.gov.tobacco.licensing.access;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Jurisdiction;
import cn.gov.tobacco.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The licensing rule per role, without Spring. */
class AccessTests {

	static Caller caller(String subject, Role role, String jurisdiction) {
		return new Caller(subject, subject, Set.of(role),
				(jurisdiction != null) ? new Jurisdiction(jurisdiction) : null, Set.of());
	}

	@Test
	void rolesWithoutALicensingNeedAreNotLetThrough() {
		assertThat(Access.LICENSING_ROLES).doesNotContain(Role.CITIZEN, Role.HOTLINE_AGENT, Role.HANDLER, Role.SERVICE);
		for (Role role : new Role[] { Role.HOTLINE_AGENT, Role.HANDLER }) {
			Caller c = caller("someone", role, "330100");
			assertThat(Access.readsApplication(c, "retailer", false, "330106", null, "330106")).isFalse();
			assertThat(Access.readsLicense(c, "retailer", "330106")).isFalse();
			assertThat(Access.isCaseworker(c)).isFalse();
		}
	}

	@Test
	void aRetailerReadsOnlyTheirOwnAndOnlyTheApplicantSeesADraft() {
		Caller retailer = caller("r1", Role.RETAILER, null);
		assertThat(Access.readsApplication(retailer, "r1", true, "330106", null, null)).isTrue();
		assertThat(Access.readsApplication(retailer, "r2", false, "330106", null, null)).isFalse();
		assertThat(Access.readsApplication(caller("c", Role.CLERK, "330106"), "r1", true, "330106", null, null))
			.isFalse();
	}

	@Test
	void caseworkersReadTheirSubtree() {
		for (Role role : Access.CASEWORK) {
			Caller c = caller("staff", role, "330106");
			assertThat(Access.readsApplication(c, "r1", false, "330106", null, null)).isTrue();
			assertThat(Access.readsApplication(c, "r1", false, "330102", null, null)).isFalse();
			assertThat(Access.readsLicense(c, "r1", "330106")).isTrue();
			assertThat(Access.readsLicense(c, "r1", "330102")).isFalse();
		}
		assertThat(Access.isCaseworker(caller("nobody", Role.CLERK, null))).isFalse();
	}

	@Test
	void anInspectorReadsWhatIsAssignedToThemInTheirSubtree() {
		Caller inspector = caller("i1", Role.INSPECTOR, "330106");
		assertThat(Access.readsApplication(inspector, "r1", false, "330106", null, null)).isFalse();
		assertThat(Access.readsApplication(inspector, "r1", false, "330106", "i2", null)).isFalse();
		assertThat(Access.readsApplication(inspector, "r1", false, "330106", "i1", null)).isTrue();
		assertThat(Access.readsApplication(inspector, "r1", false, "330102", "i1", null)).isFalse();
		assertThat(Access.readsApplication(inspector, "r1", false, "330106", null, "330106")).isTrue();
		assertThat(Access.readsApplication(inspector, "r1", false, "330102", null, "330102")).isFalse();
		assertThat(Access.readsLicense(inspector, "r1", "330106")).isFalse();
	}

	@Test
	void aStaffRoleIsHeldOnlyWithASubtreeAndANonStaffRoleWithout() {
		assertThat(Access.holds(caller("s", Role.SUPERVISOR, "330106"), Role.SUPERVISOR)).isTrue();
		assertThat(Access.holds(caller("s", Role.SUPERVISOR, null), Role.SUPERVISOR)).isFalse();
		assertThat(Access.holds(caller("s", Role.SUPERVISOR, "330106"), Role.APPROVER)).isFalse();
		assertThat(Access.holds(caller("r", Role.RETAILER, null), Role.RETAILER)).isTrue();
		assertThat(Access.holds(caller("svc", Role.SERVICE, null), Role.SERVICE)).isTrue();
		assertThat(Access.holds(caller("i", Role.INSPECTOR, "330106"), Access.OVERSIGHT)).isFalse();
		assertThat(Access.holds(caller("a", Role.APPROVER, "330106"), Access.OVERSIGHT)).isTrue();
		assertThat(Access.holds(caller("a", Role.APPROVER, null), Access.OVERSIGHT)).isFalse();
		assertThat(Access.holds(caller("a", Role.APPROVER, "330106"), Set.of())).isFalse();
	}

	@Test
	void holdsAgreesWithCheckForEveryRole() {
		for (Role held : Role.values()) {
			for (String jurisdiction : new String[] { "330106", null }) {
				Caller c = caller("x", held, jurisdiction);
				for (Role asked : Role.values()) {
					boolean checked = Access.check(c, asked).hasElement().onErrorReturn(false).block();
					assertThat(Access.holds(c, asked)).as("%s (%s) holds %s", held, jurisdiction, asked)
						.isEqualTo(checked);
				}
			}
		}
	}

	@Test
	void holdsOverNeedsTheRoleAndASubtreeCoveringTheCode() {
		Caller supervisor = caller("s", Role.SUPERVISOR, "330100");
		assertThat(Access.holdsOver(supervisor, Access.OVERSIGHT, "330106")).isTrue();
		assertThat(Access.holdsOver(supervisor, Access.OVERSIGHT, "330100")).isTrue();
		assertThat(Access.holdsOver(supervisor, Access.OVERSIGHT, "330200")).isFalse();
		assertThat(Access.holdsOver(supervisor, Access.OVERSIGHT, null)).isFalse();
		assertThat(Access.holdsOver(caller("i", Role.INSPECTOR, "330100"), Access.OVERSIGHT, "330106")).isFalse();
		assertThat(Access.caseworkerOf(caller("c", Role.CLERK, "330106"), "330106")).isTrue();
		assertThat(Access.caseworkerOf(caller("c", Role.CLERK, "330106"), "330102")).isFalse();
	}

	@Test
	void theSubtreeIsTheLikePatternOfTheCallersNodeAndForbiddenWithoutOne() {
		assertThat(Access.subtree(caller("p", Role.ADMIN, "330000"))).isEqualTo("33%");
		assertThat(Access.subtree(caller("c", Role.CLERK, "330100"))).isEqualTo("3301%");
		assertThat(Access.subtree(caller("d", Role.CLERK, "330106"))).isEqualTo("330106%");
		assertThat(Access.subtreeOf("330100")).isEqualTo("3301%");
		assertThat(Access.subtreeOf("330106")).isEqualTo("330106%");
		assertThatThrownBy(() -> Access.subtree(caller("r", Role.RETAILER, null))).isInstanceOf(ApiException.class)
			.satisfies((ex) -> assertThat(((ApiException) ex).kind()).isEqualTo(ProblemKind.FORBIDDEN));
	}

}
