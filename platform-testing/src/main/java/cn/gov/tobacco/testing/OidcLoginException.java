package cn.gov.tobacco.testing;

/**
 * A sign-in or token request at the issuer failed; the message says what the issuer
 * answered.
 */
public class OidcLoginException extends RuntimeException {

	public OidcLoginException(String message) {
		super(message);
	}

	public OidcLoginException(String message, Throwable cause) {
		super(message, cause);
	}

}
