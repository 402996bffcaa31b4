package cn.gov.tobacco.licensing.access;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Jurisdiction;
import cn.gov.tobacco.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

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

}
