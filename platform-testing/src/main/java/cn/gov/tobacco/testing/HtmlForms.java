package cn.gov.tobacco.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough HTML reading to find a hidden form field (the login page's {@code _csrf}).
 */
final class HtmlForms {

	private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private HtmlForms() {
	}

	static String hiddenValue(String html, String fieldName) {
		Matcher inputs = INPUT.matcher(html);
		while (inputs.find()) {
			String input = inputs.group();
			if (fieldName.equals(attribute(input, "name"))) {
				return attribute(input, "value");
			}
		}
		throw new OidcLoginException("No " + fieldName + " field on the login page");
	}

	private static String attribute(String tag, String name) {
		Matcher matcher = Pattern.compile("\\s" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE)
			.matcher(tag);
		if (!matcher.find()) {
			return "";
		}
		String value = (matcher.group(2) != null) ? matcher.group(2) : matcher.group(3);
		return value.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

}
