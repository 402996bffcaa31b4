package cn.gov.tobacco.platform.problem;

import java.util.Locale;

import org.springframework.web.server.ServerWebExchange;

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
	 * The text for the caller's locale: English for any {@code en*} locale, else Chinese.
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

	/**
	 * The reader's language from the request's Accept-Language: English when asked for,
	 * else Simplified Chinese.
	 */
	public static Locale language(ServerWebExchange exchange) {
		return isEnglish(exchange.getLocaleContext().getLocale()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

}
