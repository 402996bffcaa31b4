package cn.gov.tobacco.licensing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.blockhound.BlockHound;

/**
 * Installs BlockHound once per test JVM, so a blocking call on a Netty or parallel thread
 * fails the request that made it.
 */
public class BlockHoundExtension implements BeforeAllCallback {

	private static volatile boolean installed;

	@Override
	public void beforeAll(ExtensionContext context) {
		install();
	}

	static synchronized void install() {
		if (!installed) {
			// install(...), not builder().install(): the integrations on the class path
			// are loaded first (Reactor's names its non-blocking threads, Netty's allows
			// its own locks); a bare builder marks no thread non-blocking: it caught
			// nothing.
			BlockHound.install((builder) -> builder
				// SecureRandom may read the entropy pool when seeding; it does not wait
				// on I/O afterwards.
				.allowBlockingCallsInside("java.util.UUID", "randomUUID")
				.allowBlockingCallsInside("java.security.SecureRandom", "nextBytes")
				.allowBlockingCallsInside("java.security.SecureRandom", "next")
				// read from the jar once, then held: Hibernate Validator's message bundle
				// and the Chinese calendar's tables (time4j)
				.allowBlockingCallsInside("org.hibernate.validator.resourceloading.PlatformResourceBundleLocator",
						"loadBundle")
				.allowBlockingCallsInside("net.time4j.calendar.ChineseCalendar", "<clinit>")
				// Netty 4.2's buffer allocator takes a StampedLock for a moment when
				// threads contend and it adds magazines: a lock, not I/O (the same
				// exception as Armeria's BlockHound rules for Netty 4.2,
				// line/armeria#6344)
				.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup",
						"tryExpandMagazines"));
			installed = true;
		}
	}

}
