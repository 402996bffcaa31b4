package cn.gov.tobacco.testing;

import reactor.blockhound.BlockHound;

/**
 * BlockHound for the services' integration tests, installed once per test JVM: a blocking
 * call on a Netty or parallel thread fails the request that made it. Needs
 * {@code -XX:+AllowRedefinitionToAddDeleteMethods} (the failsafe argLine).
 * <p>
 * {@code BlockHound.install(...)}, not {@code builder().install()}: the integrations on
 * the class path are loaded first (Reactor's names its non-blocking threads, Netty's
 * allows its own locks); a bare builder marks no thread non-blocking and catches nothing.
 */
public final class ArmedBlockHound {

	private static boolean installed;

	private ArmedBlockHound() {
	}

	public static synchronized void install() {
		if (installed) {
			return;
		}
		BlockHound.install((builder) -> builder
			// Logback appenders write synchronously; logging is not what we guard
			// against.
			.allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes")
			// SecureRandom may read the entropy pool; it does not wait on I/O.
			.allowBlockingCallsInside("java.util.UUID", "randomUUID")
			.allowBlockingCallsInside("java.security.SecureRandom", "nextBytes")
			.allowBlockingCallsInside("java.security.SecureRandom", "next")
			// read from the jar once, then held: Hibernate Validator's message bundle and
			// the Chinese calendar's tables (time4j)
			.allowBlockingCallsInside("org.hibernate.validator.resourceloading.PlatformResourceBundleLocator",
					"loadBundle")
			.allowBlockingCallsInside("net.time4j.calendar.ChineseCalendar", "<clinit>")
			// Netty 4.2's buffer allocator takes a StampedLock for a moment when threads
			// contend and it adds magazines: a lock, not I/O (Armeria has the same rule,
			// line/armeria#6344)
			.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines"));
		installed = true;
	}

}
