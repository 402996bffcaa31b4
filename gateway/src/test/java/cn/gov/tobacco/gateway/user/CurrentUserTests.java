package cn.gov.tobacco.gateway.user;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentUserTests {

	@Test
	void platformClaimsAreRead() {
		CurrentUser user = CurrentUser
			.fromClaims(Map.of("sub", "supervisor", "name", "督办员", "roles", List.of("SUPERVISOR"), "jurisdiction",
					"330100", "permissions", List.of("complaints:reporter-data:read")));

		assertThat(user).isEqualTo(new CurrentUser("supervisor", "督办员", List.of("SUPERVISOR"), "330100",
				List.of("complaints:reporter-data:read")));
	}

	@Test
	void missingClaimsGiveEmptyListsAndTheSubjectAsName() {
		CurrentUser user = CurrentUser.fromClaims(Map.of("sub", "citizen", "roles", "CITIZEN"));

		assertThat(user.name()).isEqualTo("citizen");
		assertThat(user.roles()).containsExactly("CITIZEN");
		assertThat(user.jurisdiction()).isNull();
		assertThat(user.permissions()).isEmpty();
	}

}
