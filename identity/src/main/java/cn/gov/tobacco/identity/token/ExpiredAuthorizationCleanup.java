package cn.gov.tobacco.identity.token;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Spring Authorization Server never deletes authorizations; this removes those whose
 * every token (code, access, id, refresh) expired more than an hour ago.
 */
@Component
class ExpiredAuthorizationCleanup {

	private static final Log logger = LogFactory.getLog(ExpiredAuthorizationCleanup.class);

	private final JdbcTemplate jdbc;

	ExpiredAuthorizationCleanup(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
	void deleteExpired() {
		int deleted = this.jdbc.update("""
				delete from oauth2_authorization
				where greatest(authorization_code_expires_at, access_token_expires_at,
				               oidc_id_token_expires_at, refresh_token_expires_at) < now() - interval '1 hour'
				""");
		if (deleted > 0) {
			logger.info("Deleted " + deleted + " expired authorizations");
		}
	}

}
