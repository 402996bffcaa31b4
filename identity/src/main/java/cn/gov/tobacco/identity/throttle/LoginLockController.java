package cn.gov.tobacco.identity.throttle;

import java.security.Principal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADMIN lifts a sign-in lock before it runs out (bearer access token with the role
 * {@code ADMIN}): {@code DELETE /admin/login-locks/accounts/{username}} or
 * {@code .../addresses/{address}}; 204 when a lock or failures were cleared, 404 when
 * there was nothing to clear. Audited as {@code UNLOCKED} with the admin's name.
 */
@RestController
class LoginLockController {

	private final LoginThrottle throttle;

	LoginLockController(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@DeleteMapping("/admin/login-locks/accounts/{username}")
	ResponseEntity<Void> unlockAccount(@PathVariable String username, Principal admin) {
		return answer(this.throttle.unlock(ThrottleKind.ACCOUNT, username, admin.getName()));
	}

	@DeleteMapping("/admin/login-locks/addresses/{address}")
	ResponseEntity<Void> unlockAddress(@PathVariable String address, Principal admin) {
		return answer(this.throttle.unlock(ThrottleKind.ADDRESS, address, admin.getName()));
	}

	private static ResponseEntity<Void> answer(boolean cleared) {
		return cleared ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
	}

}
