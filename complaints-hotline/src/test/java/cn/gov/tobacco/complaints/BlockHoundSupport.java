package cn.gov.tobacco.complaints;

import reactor.blockhound.BlockHound;

/**
 * BlockHound for the integration tests: a blocking call on a Netty or parallel thread
 * fails the request. Needs {@code -XX:+AllowRedefinitionToAddDeleteMethods} (set in the
 * failsafe argLine).
 */
final class BlockHoundSupport {

	private static boolean installed;

	private BlockHoundSupport() {
	}

	static synchronized void install() {
		if (installed) {
			return;
		}
		BlockHound.install((builder) -> builder
			// Logback appenders write synchronously; logging is not what we guard
			// against.
			.allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes")
			.allowBlockingCallsInside("java.util.UUID", "randomUUID")
			// Hibernate Validator reads its message bundle from the jar once, then caches
			// it.
			.allowBlockingCallsInside("org.hibernate.validator.resourceloading.PlatformResourceBundleLocator",
					"loadBundle")
			.allowBlockingCallsInside("java.security.SecureRandom", "nextBytes")
			.allowBlockingCallsInside("java.security.SecureRandom", "next"));
		installed = true;
	}

}
