package cn.gov.tobacco.complaints.licenses;

import java.time.LocalDate;

/**
 * One license as the directory knows it.
 *
 * @param licenseNo 许可证号
 * @param businessName 企业（字号）名称
 * @param creditCode 统一社会信用代码
 * @param address 经营场所
 * @param divisionCode the premises' district code
 * @param status ACTIVE, SUSPENDED, CLOSED, REVOKED or EXPIRED
 * @param validFrom first valid day
 * @param validUntil last valid day
 * @param version licensing's version of the license
 */
public record DirectoryEntry(String licenseNo, String businessName, String creditCode, String address,
		String divisionCode, String status, LocalDate validFrom, LocalDate validUntil, long version) {

	/** The status in words, as on the certificate and the verification page. */
	public String statusLabel() {
		return switch (this.status) {
			case "ACTIVE" -> "有效";
			case "SUSPENDED" -> "停业";
			case "CLOSED" -> "歇业";
			case "REVOKED" -> "已撤销";
			case "EXPIRED" -> "已过期";
			default -> this.status;
		};
	}

}
