package cn.gov.tobacco.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class CallerJwtConverterTests {

	@Test
	void theLocalIssuersSubjectIsTheUsername() {
		Caller caller = CallerJwtConverter.caller(jwt(Map.of("sub", "clerk.xihu", "roles",
				List.of("CLERK", "offline_access"), "jurisdiction", "330106", "name", "西湖区窗口")));

		assertThat(caller.subject()).isEqualTo("clerk.xihu");
		assertThat(caller.name()).isEqualTo("西湖区窗口");
		assertThat(caller.roles()).containsExactly(Role.CLERK);
		assertThat(caller.jurisdiction()).isEqualTo(new Jurisdiction("330106"));
	}

	@Test
	void keycloaksPreferredUsernameWinsOverItsOpaqueSubject() {
		Caller caller = CallerJwtConverter.caller(jwt(Map.of("sub", "5f0c1e9a-7b7d-4a53-9d1e-2b8f2f3f5a11",
				"preferred_username", "retailer.xihu", "roles", List.of("RETAILER"))));

		assertThat(caller.subject()).isEqualTo("retailer.xihu");
		assertThat(caller.name()).isEqualTo("retailer.xihu");
		assertThat(caller.permissions()).isEmpty();
	}

	private static Jwt jwt(Map<String, Object> claims) {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.claims((c) -> c.putAll(claims))
			.build();
	}

}
