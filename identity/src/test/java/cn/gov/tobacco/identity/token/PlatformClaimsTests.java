package cn.gov.tobacco.identity.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.tobacco.identity.user.UserAccount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformClaimsTests {

	@Test
	void staffClaimsCarryNameRolesJurisdictionAndPermissions() {
		Map<String, Object> claims = PlatformClaims.of(new UserAccount("supervisor", "吴刚", "330100",
				List.of("SUPERVISOR"), List.of("complaints:reporter-data:read"), true));

		assertThat(claims).containsEntry("name", "吴刚")
			.containsEntry("roles", List.of("SUPERVISOR"))
			.containsEntry("jurisdiction", "330100")
			.containsEntry("permissions", List.of("complaints:reporter-data:read"));
	}

	@Test
	void jurisdictionIsLeftOutWhenTheAccountHasNone() {
		Map<String, Object> claims = PlatformClaims
			.of(new UserAccount("citizen", "张三", null, List.of("CITIZEN"), List.of(), true));

		assertThat(claims).doesNotContainKey("jurisdiction").containsEntry("permissions", List.of());
	}

	@Test
	void listsAreOnesTheAuthorizationStoreCanReadBack() {
		Map<String, Object> claims = PlatformClaims
			.of(new UserAccount("clerk.xihu", "陈静", "330106", List.of("CLERK"), List.of(), true));

		assertThat(claims.get("roles")).isInstanceOf(ArrayList.class);
		assertThat(claims.get("permissions")).isInstanceOf(ArrayList.class);
		assertThat(PlatformClaims.service().get("roles")).isInstanceOf(ArrayList.class).isEqualTo(List.of("SERVICE"));
	}

}
