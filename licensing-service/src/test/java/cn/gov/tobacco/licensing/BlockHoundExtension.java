package cn.gov.tobacco.licensing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import cn.gov.tobacco.testing.ArmedBlockHound;

/**
 * Installs BlockHound once per test JVM ({@link ArmedBlockHound}), so a blocking call on
 * a Netty or parallel thread fails the request that made it.
 */
public class BlockHoundExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		ArmedBlockHound.install();
	}

}
