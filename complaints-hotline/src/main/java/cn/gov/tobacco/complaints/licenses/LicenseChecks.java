package cn.gov.tobacco.complaints.licenses;

import cn.gov.tobacco.complaints.api.model.LicenseCheckDto;

/** The triage as the API shows it to staff. */
public final class LicenseChecks {

	private LicenseChecks() {
	}

	public static LicenseCheckDto toDto(LicenseMatch match) {
		if (match == null) {
			return null;
		}
		LicenseCheckDto dto = new LicenseCheckDto().result(LicenseCheckDto.ResultEnum.valueOf(match.result().name()))
			.resultLabel(match.result().label());
		DirectoryEntry e = match.entry();
		if (e == null) {
			return dto;
		}
		return dto.licenseNo(e.licenseNo())
			.businessName(e.businessName())
			.address(e.address())
			.status(LicenseCheckDto.StatusEnum.valueOf(e.status()))
			.statusLabel(e.statusLabel())
			.validUntil(e.validUntil())
			.matchedBy(LicenseCheckDto.MatchedByEnum.valueOf(match.matchedBy()));
	}

}
