package cn.gov.tobacco.testing;

/**
 * Signing in through the gateway, or a request to it, failed; the message says which step
 * and what was answered.
 */
public class GatewaySessionException extends RuntimeException {

	public GatewaySessionException(String message) {
		super(message);
	}

	public GatewaySessionException(String message, Throwable cause) {
		super(message, cause);
	}

}
