package cn.gov.tobacco.platform.identifiers;

import java.util.Set;

/**
 * Mainland mobile numbers, administrative division codes and coordinates inside China.
 */
public final class Places {

	/** The province-level prefixes of GB/T 2260 division codes. */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82");

	private Places() {
	}

	public static boolean isMobileNumber(String mobile) {
		return mobile != null && mobile.matches("1[3-9]\\d{9}");
	}

	/** A 6-digit division code of a real province with a well-formed city/county part. */
	public static boolean isDivisionCode(String code) {
		return code != null && code.matches("\\d{6}") && PROVINCES.contains(code.substring(0, 2))
				&& !(code.substring(2, 4).equals("00") && !code.substring(4).equals("00"));
	}

	/** Inside China's bounding box (WGS-84/GCJ-02 degrees). */
	public static boolean isInChina(double latitude, double longitude) {
		return latitude >= 3.86 && latitude <= 53.56 && longitude >= 73.66 && longitude <= 135.06;
	}

	/** A phone number with the middle four digits hidden. */
	public static String maskMobile(String mobile) {
		return (mobile == null || mobile.length() != 11) ? mobile
				: mobile.substring(0, 3) + "****" + mobile.substring(7);
	}

}
