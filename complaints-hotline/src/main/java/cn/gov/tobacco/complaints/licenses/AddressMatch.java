package cn.gov.tobacco.complaints.licenses;

import java.util.regex.Pattern;

/**
 * Whether a reported address names licensed premises: both are compared without spaces
 * and punctuation, and the premises' street part (after the province, city and district)
 * must appear in the report (a street alone matches nothing), e.g.
 * {@code 杭州市西湖区文三路 100 号} matches a report of {@code 文三路100号 便利店}.
 */
final class AddressMatch {

	private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}，。、（）()·-]+");

	private AddressMatch() {
	}

	static String normal(String text) {
		return (text != null) ? NOISE.matcher(text).replaceAll("") : "";
	}

	/** The premises' address without its region prefix ({@code 文三路100号}). */
	static String street(String premises) {
		String n = normal(premises);
		int district = firstOf(n, '区', '县');
		int cut = (district >= 0) ? district : n.indexOf('市');
		String rest = (cut >= 0 && cut < n.length() - 1) ? n.substring(cut + 1) : n;
		return (rest.length() >= 3) ? rest : n;
	}

	private static int firstOf(String text, char a, char b) {
		int i = text.indexOf(a);
		int j = text.indexOf(b);
		return (i < 0) ? j : ((j < 0) ? i : Math.min(i, j));
	}

	/**
	 * The report names the premises' street and number (a street alone is not enough).
	 */
	static boolean matches(String premises, String reported) {
		String street = street(premises);
		return street.length() >= 3 && normal(reported).contains(street);
	}

	static boolean sameName(String licensed, String reported) {
		String a = normal(licensed);
		String b = normal(reported);
		return !a.isEmpty() && b.length() >= 2 && (a.equals(b) || a.contains(b) || b.contains(a));
	}

}
