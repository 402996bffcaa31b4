package cn.gov.tobacco.complaints.licenses;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LicenseTriageTests {

	private static final DirectoryEntry SUSPENDED_BY_NAME = entry("330106A001", "西湖便利店", "杭州市西湖区文三路 100 号",
			"SUSPENDED");

	private static final DirectoryEntry ACTIVE_BY_NAME = entry("330106A009", "西湖便利店", "杭州市西湖区文二路 8 号", "ACTIVE");

	private static final DirectoryEntry ACTIVE_AT_PREMISES = entry("330106A005", "天目山烟酒行", "杭州市西湖区天目山路 20 号", "ACTIVE");

	private static final DirectoryEntry CLOSED_AT_PREMISES = entry("330106A002", "老店", "杭州市西湖区天目山路 20 号", "CLOSED");

	@Test
	void aReportIsMatchedAgainstItsDistrict() {
		assertThat(LicenseTriage.districtOf("330106001")).contains("330106");
		assertThat(LicenseTriage.districtOf("330106")).contains("330106");
		assertThat(LicenseTriage.districtOf("3301")).isEmpty();
		assertThat(LicenseTriage.districtOf(null)).isEmpty();
	}

	@Test
	void theBusinessNameWinsOverThePremisesAndAnActiveLicenseOverAnotherOfTheName() {
		LicenseMatch match = LicenseTriage.match(List.of(SUSPENDED_BY_NAME, ACTIVE_AT_PREMISES, ACTIVE_BY_NAME),
				"天目山路20号", "西湖便利店");
		assertThat(match.entry()).isEqualTo(ACTIVE_BY_NAME);
		assertThat(match.matchedBy()).isEqualTo("NAME");
		assertThat(match.result()).isEqualTo(LicenseMatch.Result.LICENSED);
	}

	@Test
	void withoutANameMatchThePremisesDecideActiveFirst() {
		LicenseMatch match = LicenseTriage.match(List.of(CLOSED_AT_PREMISES, ACTIVE_AT_PREMISES, SUSPENDED_BY_NAME),
				"天目山路 20 号 门口", "不认识的店");
		assertThat(match.entry()).isEqualTo(ACTIVE_AT_PREMISES);
		assertThat(match.matchedBy()).isEqualTo("ADDRESS");
	}

	@Test
	void aLicenseThatIsNotActiveIsSaidSo() {
		LicenseMatch match = LicenseTriage.match(List.of(CLOSED_AT_PREMISES), "天目山路20号", null);
		assertThat(match.result()).isEqualTo(LicenseMatch.Result.NOT_ACTIVE);
		assertThat(match.licenseNo()).isEqualTo("330106A002");
	}

	@Test
	void ofEqualStandingTheLowerLicenseNumberIsTaken() {
		DirectoryEntry other = entry("330106A001", "另一家", "杭州市西湖区天目山路 20 号", "ACTIVE");
		assertThat(LicenseTriage.match(List.of(ACTIVE_AT_PREMISES, other), "天目山路20号", " ").entry()).isEqualTo(other);
	}

	@Test
	void nothingMatchingIsNoLicenseFound() {
		LicenseMatch match = LicenseTriage.match(List.of(ACTIVE_BY_NAME, ACTIVE_AT_PREMISES), "文三路", "别家");
		assertThat(match.result()).isEqualTo(LicenseMatch.Result.NO_LICENSE_FOUND);
		assertThat(match.entry()).isNull();
		assertThat(LicenseTriage.match(List.of(), "天目山路20号", "西湖便利店").result())
			.isEqualTo(LicenseMatch.Result.NO_LICENSE_FOUND);
	}

	private static DirectoryEntry entry(String licenseNo, String name, String address, String status) {
		return new DirectoryEntry(licenseNo, name, null, address, "330106", status, null, null, 1);
	}

}
