package cn.gov.tobacco.licensing.license;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.gov.tobacco.platform.problem.Text;

/**
 * A license's scope items (许可经营项目), stored canonical and comma separated:
 * {@code CIGARETTE} (卷烟、雪茄烟), {@code E_CIGARETTE} (电子烟). Absent means cigarettes.
 */
public final class ScopeItems {

	public static final String CIGARETTE = "CIGARETTE";

	public static final String E_CIGARETTE = "E_CIGARETTE";

	private ScopeItems() {
	}

	/** The canonical form of the items, or null for none. */
	public static String canonical(Collection<String> items) {
		if (items == null || items.isEmpty()) {
			return null;
		}
		List<String> ordered = new ArrayList<>();
		if (items.contains(CIGARETTE)) {
			ordered.add(CIGARETTE);
		}
		if (items.contains(E_CIGARETTE)) {
			ordered.add(E_CIGARETTE);
		}
		return String.join(",", ordered);
	}

	/** The items of a stored value; absent = cigarettes. */
	public static List<String> list(String stored) {
		return (stored == null || stored.isBlank()) ? List.of(CIGARETTE) : List.of(stored.split(","));
	}

	public static boolean hasECigarette(String stored) {
		return stored != null && list(stored).contains(E_CIGARETTE);
	}

	/** The items in words, as the certificate prints them. */
	public static Text words(String stored) {
		List<String> zh = new ArrayList<>();
		List<String> en = new ArrayList<>();
		for (String item : list(stored)) {
			zh.add(CIGARETTE.equals(item) ? "卷烟、雪茄烟" : "电子烟");
			en.add(CIGARETTE.equals(item) ? "cigarettes and cigars" : "e-cigarettes");
		}
		return Text.of(String.join("；", zh), String.join("; ", en));
	}

}
