package cn.gov.tobacco.platform.input;

import org.springframework.format.FormatterRegistry;

/** Parameter formatters of the edge rules. */
public final class InputFormatters {

	private InputFormatters() {
	}

	/** Dates in query and path parameters within {@link DateBounds}. */
	public static void register(FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new BoundedDateFormatterFactory());
	}

}
