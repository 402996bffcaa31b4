package cn.gov.tobacco.gateway.errors;

import java.util.Locale;

/**
 * A user-facing text in Simplified Chinese (the default) and English.
 *
 * @param zh the Simplified Chinese text
 * @param en the English text
 */
public record Text(String zh, String en) {

	public static Text of(String zh, String en) {
		return new Text(zh, en);
	}

	/**
	 * The text for a locale.
	 * @param locale the caller's locale, may be {@code null}
	 * @return English for any {@code en*} locale, Chinese otherwise
	 */
	public String in(Locale locale) {
		return isEnglish(locale) ? this.en : this.zh;
	}

	/**
	 * Whether a caller gets English texts.
	 * @param locale the caller's locale, may be {@code null}
	 * @return {@code true} for any {@code en*} locale
	 */
	public static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
