package cn.gov.tobacco.gateway.user;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.gateway.api.model.CurrentUserDto;

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

	@Test
	void theContractsDtoKeepsKnownRolesOnly() {
		CurrentUserDto dto = CurrentUser
			.fromClaims(
					Map.of("sub", "clerk.xihu", "roles", List.of("CLERK", "offline_access"), "jurisdiction", "330106"))
			.toDto();

		assertThat(dto.getSub()).isEqualTo("clerk.xihu");
		assertThat(dto.getRoles()).containsExactly(CurrentUserDto.RolesEnum.CLERK);
		assertThat(dto.getJurisdiction()).isEqualTo("330106");
		assertThat(dto.getPermissions()).isEmpty();
	}

	@Test
	void preferredUsernameIsTheSubjectWhenTheIssuerSendsIt() {
		CurrentUser user = CurrentUser.fromClaims(Map.of("sub", "5f0c1e9a-7b7d-4a53-9d1e-2b8f2f3f5a11",
				"preferred_username", "clerk.xihu", "roles", List.of("CLERK")));

		assertThat(user.sub()).isEqualTo("clerk.xihu");
		assertThat(user.name()).isEqualTo("clerk.xihu");
	}

}
