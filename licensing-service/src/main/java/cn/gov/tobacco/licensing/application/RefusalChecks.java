package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.materials.DocumentType;
import cn.gov.tobacco.licensing.license.Licenses;
import cn.gov.tobacco.licensing.reference.JurisdictionSettings;
import cn.gov.tobacco.licensing.reference.ReferenceData;
import cn.gov.tobacco.platform.problem.Text;

/**
 * The refusal grounds checked automatically and shown to the clerk with their numbers:
 * distance to the nearest school or kindergarten, spacing to the nearest licensed outlet
 * (haversine, against the jurisdiction's settings), a bar on the applicant, incomplete
 * materials, and the business registry's answer.
 */
@Component
class RefusalChecks {

	private final ReferenceData reference;

	private final Licenses licenses;

	private final ApplicationRepository repository;

	private final CommittedProofs committedProofs;

	private final ECigaretteChecks eCigarette;

	RefusalChecks(ReferenceData reference, Licenses licenses, ApplicationRepository repository,
			CommittedProofs committedProofs, ECigaretteChecks eCigarette) {
		this.eCigarette = eCigarette;
		this.committedProofs = committedProofs;
		this.reference = reference;
		this.licenses = licenses;
		this.repository = repository;
	}

	/**
	 * One check.
	 *
	 * @param code which ground
	 * @param passed whether it is clear
	 * @param measured the number found (metres, items)
	 * @param limit the number allowed
	 * @param unit of both
	 * @param detail what was found
	 */
	record Check(String code, boolean passed, Double measured, Double limit, String unit, Text detail) {
	}

	Mono<List<Check>> run(Application a, LocalDate today) {
		Premises premises = a.details().premises();
		boolean located = premises.latitude() != null && premises.longitude() != null;
		boolean sited = a.type() == ApplicationType.NEW
				|| (a.type() == ApplicationType.CHANGE && a.filing().changeSubject() == ChangeSubject.PREMISES);
		return this.reference.settingsFor(a.jurisdiction()).flatMap((settings) -> {
			Mono<Check> school = (located && sited) ? school(premises, settings) : Mono.empty();
			Mono<Check> spacing = (located && sited) ? spacing(a, premises, settings) : Mono.empty();
			Mono<Check> barred = this.reference.barOf(a.details().creditCode(), a.details().operatorIdNumber(), today)
				.map((reason) -> new Check("BARRED_APPLICANT", false, null, null, null, Text.of(reason, reason)))
				.defaultIfEmpty(new Check("BARRED_APPLICANT", true, null, null, null, Text.of("无禁入记录", "Not barred")));
			Mono<Check> materials = this.repository.attachedTypes(a.id())
				.zipWith(this.committedProofs.of(a.id()), (attached, committed) -> materials(a, attached, committed));
			Check creditCode = CreditCodeCheck.check(a);
			String registry = a.progress().registryStatus;
			Mono<Check> registryCheck = (registry != null)
					? Mono.just(new Check("BUSINESS_REGISTRY", "VERIFIED".equals(registry), null, null, null,
							registryWords(registry, a.progress().registryDetail)))
					: Mono.empty();
			return reactor.core.publisher.Flux
				.concat(school, spacing, barred, materials, registryCheck, Mono.justOrEmpty(creditCode),
						this.eCigarette.run(a).flatMapMany(reactor.core.publisher.Flux::fromIterable))
				.collect(ArrayList::new, List::add);
		});
	}

	/** A sensitive place's kind in words (the code stays in the reference data). */
	static Text kindWords(String kind) {
		return switch (kind) {
			case "PRIMARY_SCHOOL" -> Text.of("小学", "primary school");
			case "MIDDLE_SCHOOL" -> Text.of("中学", "middle school");
			case "KINDERGARTEN" -> Text.of("幼儿园", "kindergarten");
			case "SPECIAL_EDUCATION_SCHOOL" -> Text.of("特殊教育学校", "special-education school");
			case "VOCATIONAL_SCHOOL" -> Text.of("中等职业学校", "vocational school");
			default -> Text.of("学校", "school");
		};
	}

	/**
	 * The registry's answer as a person reads it: the job's own words when it left some
	 * (already plain, e.g. "登记名称为…"), else the status in words, never the status code.
	 */
	static Text registryWords(String status, String detail) {
		Text words = switch (status) {
			case "VERIFIED" -> Text.of("营业执照已核验", "Verified with the business registry");
			case "MISMATCH" -> Text.of("营业执照与登记信息不符", "Does not match the business registry");
			case "NOT_FOUND" -> Text.of("登记机关无此统一社会信用代码", "The registry has no such credit code");
			default -> Text.of("营业执照核验中，系统会自动重试", "Verifying with the business registry; retried automatically");
		};
		if (detail == null || detail.isBlank() || "PENDING".equals(status)
				|| detail.equals(RegistryChecks.PENDING_DETAIL)) {
			return words;
		}
		// the job's detail names what the registry answered (a registered name), in
		// Chinese
		return Text.of(words.zh() + "：" + detail, words.en() + ": " + detail);
	}

	/**
	 * The matrix, with a document covered by a signed commitment counted as present (the
	 * fast path, DESIGN.md §7) and named as such in the detail.
	 */
	static Check materials(Application a, Set<DocumentType> attached, Set<DocumentType> committed) {
		Set<DocumentType> present = EnumSet.noneOf(DocumentType.class);
		present.addAll(attached);
		present.addAll(committed);
		List<String> missing = Requirements.missing(a, present);
		List<String> byCommitment = new ArrayList<>(Requirements.missing(a, attached));
		byCommitment.removeAll(missing);
		Text detail = missing.isEmpty() ? Text.of("材料齐全", "Complete")
				: Text.of("缺少：" + ItemLabels.of(missing).zh(), "Missing: " + ItemLabels.of(missing).en());
		if (!byCommitment.isEmpty()) {
			detail = Text.of(detail.zh() + "；以告知承诺代替：" + ItemLabels.of(byCommitment).zh(),
					detail.en() + "; committed instead of proven: " + ItemLabels.of(byCommitment).en());
		}
		return new Check("INCOMPLETE_MATERIALS", missing.isEmpty(), (double) missing.size(), 0.0, "items", detail);
	}

	private Mono<Check> school(Premises p, JurisdictionSettings settings) {
		double limit = settings.schoolDistanceMetres();
		return this.reference.nearestSensitivePlace(p.latitude(), p.longitude())
			.map((place) -> new Check("SCHOOL_DISTANCE", place.metres() >= limit, round(place.metres()), limit, "m",
					Text.of("最近：" + place.name() + "（" + kindWords(place.kind()).zh() + "）",
							"Nearest: " + place.name() + " (" + kindWords(place.kind()).en() + ")")))
			.defaultIfEmpty(new Check("SCHOOL_DISTANCE", true, null, limit, "m",
					Text.of("附近无登记的学校或幼儿园", "No registered school or kindergarten nearby")));
	}

	private Mono<Check> spacing(Application a, Premises p, JurisdictionSettings settings) {
		double limit = settings.outletSpacingMetres();
		return this.licenses.nearestOutlet(p.latitude(), p.longitude(), a.filing().licenseNo())
			.map((outlet) -> new Check("OUTLET_SPACING", outlet.metres() >= limit, round(outlet.metres()), limit, "m",
					Text.of("最近持证网点：" + outlet.name(), "Nearest licensed outlet: " + outlet.name())))
			.defaultIfEmpty(new Check("OUTLET_SPACING", true, null, limit, "m",
					Text.of("附近无持证网点", "No licensed outlet nearby")));
	}

	static double round(double metres) {
		return Math.round(metres * 10) / 10.0;
	}

}
