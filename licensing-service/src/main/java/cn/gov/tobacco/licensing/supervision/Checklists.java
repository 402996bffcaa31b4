package cn.gov.tobacco.licensing.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.tobacco.platform.problem.Text;

/**
 * What an inspector checks on a visit (码上查烟的检查清单). Every kind of visit checks the items
 * of a retail outlet, and a license that covers e-cigarettes also where they come from; a
 * REINSPECTION checks only the items the rectification is about.
 */
final class Checklists {

	/** One item to check: its code and what to look at. */
	record Item(String code, Text label) {
	}

	private static final Map<String, Text> ITEMS = new LinkedHashMap<>();
	static {
		ITEMS.put("LICENSE_DISPLAYED", Text.of("在经营场所明显位置悬挂许可证", "The license is displayed where customers see it"));
		ITEMS.put("PREMISES_MATCH", Text.of("经营场所、经营者与许可证记载一致", "Premises and operator are those the license names"));
		ITEMS.put("SUPPLY_SOURCE",
				Text.of("卷烟从当地烟草专卖批发企业进货", "Cigarettes are bought from the local tobacco wholesaler"));
		ITEMS.put("NO_ILLEGAL_PRODUCTS",
				Text.of("无假冒、走私、非法渠道烟草制品", "No counterfeit, smuggled or illegally sourced tobacco"));
		ITEMS.put("MINORS_SIGN", Text.of("张贴“不向未成年人出售烟草制品”标识且不向未成年人售烟",
				"The \"no sales to minors\" sign is posted and no sale to a minor is seen"));
		ITEMS.put("PRICE_LABELS", Text.of("明码标价", "Prices are labelled"));
		ITEMS.put("E_CIGARETTE_SOURCE",
				Text.of("电子烟从全国电子烟交易管理平台进货", "E-cigarettes are bought through the national trading platform"));
	}

	private Checklists() {
	}

	/** The checklist of a visit of {@code kind}. */
	static List<Item> of(String kind, boolean eCigarettes, List<String> rectifying) {
		if ("REINSPECTION".equals(kind) && rectifying != null && !rectifying.isEmpty()) {
			return items(rectifying);
		}
		List<String> codes = new ArrayList<>(ITEMS.keySet());
		if (!eCigarettes) {
			codes.remove("E_CIGARETTE_SOURCE");
		}
		return items(codes);
	}

	/** The items of these codes (an unknown code keeps its code as its label). */
	static List<Item> items(List<String> codes) {
		return codes.stream().map((c) -> new Item(c, ITEMS.getOrDefault(c, Text.of(c, c)))).toList();
	}

}
