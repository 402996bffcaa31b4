package cn.gov.tobacco.licensing.supervision;

import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.license.ScopeItems;
import cn.gov.tobacco.platform.problem.Text;

/**
 * The verdict on a scanned or typed code: VALID, the status of a license that is not
 * (SUSPENDED, CLOSED, REVOKED, EXPIRED — also an ACTIVE one past its validity), UNKNOWN
 * (a well-formed number the register does not hold) or FORGED (see {@link ScanCodes};
 * also a number whose year lies ahead or before 1990, or whose district is not one the
 * bureau's reference data knows).
 */
@Component
class Verdicts {

	private final DatabaseClient db;

	private final String publicBaseUrl;

	private final BureauClock time;

	Verdicts(DatabaseClient db, @Value("${licensing.public-base-url}") String publicBaseUrl, BureauClock time) {
		this.db = db;
		this.publicBaseUrl = publicBaseUrl;
		this.time = time;
	}

	/** What the register holds of a license. */
	record LicenseFacts(String number, String jurisdiction, String holderSubject, String businessName, String address,
			String items, String status, LocalDate validFrom, LocalDate validUntil) {

		boolean sellsECigarettes() {
			return ScopeItems.hasECigarette(this.items);
		}

	}

	/** A verdict, the number the code carries (if any) and the license (if held). */
	record Verdict(String number, String verdict, Text reason, LicenseFacts license) {

		boolean valid() {
			return "VALID".equals(this.verdict);
		}

	}

	Mono<Verdict> of(String code) {
		ScanCodes.Claim claim = ScanCodes.claim(code, this.publicBaseUrl);
		if (claim.forged() != null) {
			return Mono.just(new Verdict(null, "FORGED", claim.forged(), null));
		}
		return ofNumber(claim.number());
	}

	Mono<Verdict> ofNumber(String number) {
		LocalDate today = this.time.today();
		int year = Integer.parseInt(number.substring(6, 10));
		if (year < 1990 || year > today.getYear()) {
			return Mono.just(new Verdict(number, "FORGED", Text.of("许可证号中的签发年份 " + year + " 不可能",
					"The year of issue in the number (" + year + ") is impossible"), null));
		}
		String district = number.substring(0, 6);
		return knownDistrict(district).flatMap((known) -> {
			if (!known) {
				return Mono.just(
						new Verdict(number, "FORGED",
								Text.of("许可证号中的区县代码 " + district + " 不是本局辖区",
										"The district in the number (" + district + ") is not one of the bureau's"),
								null));
			}
			return license(number).map((l) -> verdict(l, today))
				.defaultIfEmpty(new Verdict(number, "UNKNOWN",
						Text.of("许可证登记中没有这个号码", "The register holds no license of this number"), null));
		});
	}

	private static Verdict verdict(LicenseFacts l, LocalDate today) {
		String status = ("ACTIVE".equals(l.status()) && l.validUntil().isBefore(today)) ? "EXPIRED" : l.status();
		Text reason = switch (status) {
			case "ACTIVE" -> Text.of("许可证有效，有效期至 " + l.validUntil(), "Valid until " + l.validUntil());
			case "SUSPENDED" -> Text.of("许可证处于停业状态，不得经营", "The license is suspended; no sales allowed");
			case "CLOSED" -> Text.of("许可证已歇业", "The license is closed (歇业)");
			case "REVOKED" -> Text.of("许可证已被撤销", "The license has been revoked");
			default -> Text.of("许可证已于 " + l.validUntil() + " 过期", "The license expired on " + l.validUntil());
		};
		return new Verdict(l.number(), "ACTIVE".equals(status) ? "VALID" : status, reason, l);
	}

	Mono<LicenseFacts> license(String number) {
		return this.db
			.sql("select number, jurisdiction, holder_subject, business_name, premises_address, items, status, "
					+ "valid_from, valid_until from license where number = :no")
			.bind("no", number)
			.map((row) -> new LicenseFacts(row.get("number", String.class), row.get("jurisdiction", String.class),
					row.get("holder_subject", String.class), row.get("business_name", String.class),
					row.get("premises_address", String.class), row.get("items", String.class),
					row.get("status", String.class), row.get("valid_from", LocalDate.class),
					row.get("valid_until", LocalDate.class)))
			.one();
	}

	/** The district, its city or its province is in the jurisdictions' reference data. */
	private Mono<Boolean> knownDistrict(String district) {
		return this.db
			.sql("select 1 from jurisdiction_settings where code in (:d, :city, :province) "
					+ "union all select 1 from license where jurisdiction = :d limit 1")
			.bind("d", district)
			.bind("city", district.substring(0, 4) + "00")
			.bind("province", district.substring(0, 2) + "0000")
			.map((row) -> true)
			.all()
			.hasElements();
	}

}
