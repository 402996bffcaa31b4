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
			BlockHound.builder()
				// SecureRandom may read the entropy pool when seeding; it does not wait
				// on I/O afterwards.
				.allowBlockingCallsInside("java.util.UUID", "randomUUID")
				.install();
			installed = true;
		}
	}

}
