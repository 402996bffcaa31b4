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
			.allowBlockingCallsInside("java.security.SecureRandom", "next")
			// Netty 4.2's buffer allocator takes a StampedLock for a moment when threads
			// contend and it adds magazines: a lock, not I/O (the same exception as
			// Armeria's BlockHound rules for Netty 4.2, line/armeria#6344)
			.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines"));
		installed = true;
	}

}
