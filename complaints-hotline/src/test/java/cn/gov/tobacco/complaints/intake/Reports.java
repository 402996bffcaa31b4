package cn.gov.tobacco.complaints.intake;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.tobacco.complaints.api.model.AddressDto;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.NewReportDto;
import cn.gov.tobacco.complaints.api.model.ReporterContactDto;

/**
 * Report bodies for tests; each call makes a distinct address so tests do not link to
 * each other's cases as duplicates.
 */
public final class Reports {

	private static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private Reports() {
	}

	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A report as the generated type; {@code reporter} may be {@code null}. */
	public static NewReportDto report(CaseKindDto kind, String category, String division, String address,
			String description, ReporterContactDto reporter) {
		return new NewReportDto(kind, category, new AddressDto(division, address), description).reporter(reporter);
	}

	/**
	 * A report as raw JSON text, only for what the generated type cannot carry (a kind
	 * the contract does not have).
	 */
	public static String json(String kind, String category, String division, String address, String description,
			String reporterJson) {
		return """
				{"kind":"%s","category":"%s","address":{"divisionCode":"%s","detail":"%s"},
				 "description":"%s"%s}""".formatted(kind, category, division, address, description,
				(reporterJson != null) ? ",\"reporter\":" + reporterJson : "");
	}

	/**
	 * The generated type as the JSON text a client sends, for bodies written onto the
	 * wire by hand.
	 */
	public static String text(NewReportDto report) {
		return JSON.writeValueAsString(report);
	}

	public static NewReportDto salesToMinors(String division) {
		return report(CaseKindDto.REPORT, "SALES_TO_MINORS", division, "文三路" + unique() + "号 便利店",
				"2026年11月20日下午4点，该店向穿校服的学生出售香烟，店主未核验年龄。",
				new ReporterContactDto().name("张三丰").phone("13812345678").idNumber("11010519491231002X"));
	}

	public static NewReportDto counterfeit(String division) {
		return report(CaseKindDto.REPORT, "COUNTERFEIT", division, "天目山路" + unique() + "号 烟酒店",
				"该店柜台内销售的中华香烟包装印刷模糊，疑似假冒，价格明显低于市场价。", null);
	}

	/** The JSON answer to filing. */
	public record FiledBody(String caseNumber, String trackingCode, String state, String notAcceptedReason,
			String linkedCaseNumber, String caseId) {
	}

}
