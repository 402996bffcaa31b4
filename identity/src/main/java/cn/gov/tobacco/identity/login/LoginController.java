package cn.gov.tobacco.identity.login;

import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves the sign-in page ({@code POST /login} is Spring Security's form login) and a
 * page for people who open the issuer directly.
 */
@Controller
class LoginController {

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	@GetMapping("/login")
	ResponseEntity<String> login(CsrfToken csrf, @RequestParam(required = false) String error,
			@RequestParam(required = false) String logout, @RequestParam(required = false) String locked) {
		return html(LoginPage.signIn(csrf.getParameterName(), csrf.getToken(), error != null, logout != null,
				locked != null));
	}

	@GetMapping("/")
	ResponseEntity<String> home(Principal principal, CsrfToken csrf) {
		return html(LoginPage.signedIn(principal.getName(), csrf.getParameterName(), csrf.getToken()));
	}

	private static ResponseEntity<String> html(String body) {
		return ResponseEntity.ok().contentType(HTML).header("Cache-Control", "no-store").body(body);
	}

}
