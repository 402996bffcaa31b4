package cn.gov.tobacco.licensing.license;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 烟草专卖零售许可证.
 *
 * @param id the id
 * @param number e.g. {@code 330106202600001}: jurisdiction, year of issue, sequence
 * @param jurisdiction the issuing district
 * @param holderSubject the retailer's account
 * @param holder who holds it and where
 * @param scope 经营范围
 * @param items the scope items, canonical ({@link ScopeItems}): CIGARETTE, E_CIGARETTE
 * @param validFrom first valid day
 * @param validUntil last valid day (less than 5 years after the first)
 * @param status the status
 * @param suspendedUntil last day of a suspension
 * @param version optimistic-lock version
 * @param issuedAt when first issued
 */
public record License(UUID id, String number, String jurisdiction, String holderSubject, Holder holder, String scope,
		String items, LocalDate validFrom, LocalDate validUntil, LicenseStatus status, LocalDate suspendedUntil,
		long version, Instant issuedAt) {

	/**
	 * The holder and the premises.
	 *
	 * @param businessName 字号名称
	 * @param creditCode 统一社会信用代码
	 * @param operatorName 经营者
	 * @param operatorIdNumber 经营者身份证号
	 * @param mobile 手机号码
	 * @param address 经营地址
	 * @param division 行政区划代码
	 * @param latitude degrees north
	 * @param longitude degrees east
	 */
	public record Holder(String businessName, String creditCode, String operatorName, String operatorIdNumber,
			String mobile, String address, String division, Double latitude, Double longitude) {

	}

	License with(Holder newHolder, String newScope, LocalDate from, LocalDate until, LicenseStatus newStatus,
			LocalDate newSuspendedUntil) {
		return new License(this.id, this.number, this.jurisdiction, this.holderSubject, newHolder, newScope, this.items,
				from, until, newStatus, newSuspendedUntil, this.version + 1, this.issuedAt);
	}

	License withItems(String newItems) {
		return new License(this.id, this.number, this.jurisdiction, this.holderSubject, this.holder, this.scope,
				newItems, this.validFrom, this.validUntil, this.status, this.suspendedUntil, this.version,
				this.issuedAt);
	}

	/** Whether the license covers e-cigarettes. */
	public boolean sellsECigarettes() {
		return ScopeItems.hasECigarette(this.items);
	}

}
