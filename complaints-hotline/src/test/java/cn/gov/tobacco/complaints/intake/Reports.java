package cn.gov.tobacco.complaints.intake;

import java.util.UUID;

/**
 * Report bodies for tests; each call makes a distinct address so tests do not link to
 * each other's cases as duplicates.
 */
public final class Reports {

	private Reports() {
	}

	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	public static String json(String kind, String category, String division, String address, String description,
			String reporterJson) {
		return """
				{"kind":"%s","category":"%s","address":{"divisionCode":"%s","detail":"%s"},
				 "description":"%s"%s}""".formatted(kind, category, division, address, description,
				(reporterJson != null) ? ",\"reporter\":" + reporterJson : "");
	}

	public static String salesToMinors(String division) {
		return json("REPORT", "SALES_TO_MINORS", division, "文三路" + unique() + "号 便利店",
				"2026年11月20日下午4点，该店向穿校服的学生出售香烟，店主未核验年龄。",
				"{\"name\":\"张三丰\",\"phone\":\"13812345678\",\"idNumber\":\"11010519491231002X\"}");
	}

	public static String counterfeit(String division) {
		return json("REPORT", "COUNTERFEIT", division, "天目山路" + unique() + "号 烟酒店",
				"该店柜台内销售的中华香烟包装印刷模糊，疑似假冒，价格明显低于市场价。", null);
	}

	/** The JSON answer to filing. */
	public record FiledBody(String caseNumber, String trackingCode, String state, String notAcceptedReason,
			String linkedCaseNumber, String caseId) {
	}

}
