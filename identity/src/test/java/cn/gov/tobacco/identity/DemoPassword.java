package cn.gov.tobacco.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo accounts' password, read from the root README (its "Demo accounts" section is
 * the contract), so that it is written down in one place only. System property
 * {@code demo.password} overrides it.
 */
final class DemoPassword {

	private static final Pattern PASSWORD = Pattern.compile("password for all: `([^`]+)`");

	private DemoPassword() {
	}

	static String get() {
		String configured = System.getProperty("demo.password");
		if (configured != null) {
			return configured;
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path readme = dir.resolve("README.md");
			if (Files.isRegularFile(readme)) {
				Matcher matcher = PASSWORD.matcher(read(readme));
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
		}
		throw new IllegalStateException("No README.md with the demo password above " + Path.of("").toAbsolutePath());
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
