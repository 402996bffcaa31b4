package cn.gov.tobacco.complaints.reporter;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneIndexTests {

	private final PhoneIndex index = new PhoneIndex(new ReporterProperties(null, Duration.ofDays(1),
			"bG9jYWwtZGV2LW9ubHktcGhvbmUtaW5kZXgta2V5LWhtYWMtc2hhMjU2IQ=="));

	@Test
	void spacesDashesAndTheCountryCodeOfChinaAreIgnored() {
		assertThat(PhoneIndex.normalise("139 0000 1111")).isEqualTo("13900001111");
		assertThat(PhoneIndex.normalise("+86 13900001111")).isEqualTo("13900001111");
		assertThat(PhoneIndex.normalise("86-139-0000-1111")).isEqualTo("13900001111");
		assertThat(PhoneIndex.normalise("0086 139 0000 1111")).isEqualTo("13900001111");
		assertThat(PhoneIndex.normalise("0571-8888 6666")).isEqualTo("057188886666");
		assertThat(PhoneIndex.normalise("86123")).isEqualTo("86123");
		assertThat(PhoneIndex.normalise(" - ")).isNull();
	}

	@Test
	void theIndexIsTheSameForEveryWayOfWritingANumberAndKeyed() {
		String plain = this.index.of("13900001111");
		assertThat(this.index.of("139 0000 1111")).isEqualTo(plain);
		assertThat(this.index.of("+86 13900001111")).isEqualTo(plain);
		assertThat(this.index.of("13900001112")).isNotEqualTo(plain);
		assertThat(plain).hasSize(64).doesNotContain("13900001111");
		PhoneIndex otherKey = new PhoneIndex(new ReporterProperties(null, Duration.ofDays(1),
				"YW5vdGhlci1rZXktYW5vdGhlci1rZXktYW5vdGhlci1rZXktMzI="));
		assertThat(otherKey.of("13900001111")).isNotEqualTo(plain);
	}

}
