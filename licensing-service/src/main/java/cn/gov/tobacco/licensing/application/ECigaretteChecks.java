package cn.gov.tobacco.licensing.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.application.RefusalChecks.Check;
import cn.gov.tobacco.licensing.license.Licenses;
import cn.gov.tobacco.licensing.reference.ECigarettePlan;
import cn.gov.tobacco.licensing.reference.ECigarettePlans;
import cn.gov.tobacco.licensing.reference.ReferenceData;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * The rules of the e-cigarette layout plan, for an application that brings e-cigarettes
 * to a site (a NEW asking for the item, a CHANGE of SCOPE adding it): the district's
 * quota, the distance to the nearest school or kindergarten of any kind, and the premises
 * kinds never licensed. Shown to the clerk with the other checks; unlike those, a failed
 * one blocks the approval (422), and on approval the quota is counted again under a lock
 * per district, so two approvals for the last place give exactly one license.
 */
@Component
class ECigaretteChecks {

	static final String QUOTA = "ECIG_QUOTA";

	static final String SCHOOL_DISTANCE = "ECIG_SCHOOL_DISTANCE";

	static final String PREMISES_KIND = "ECIG_PREMISES_KIND";

	private final ECigarettePlans plans;

	private final ReferenceData reference;

	private final Licenses licenses;

	ECigaretteChecks(ECigarettePlans plans, ReferenceData reference, Licenses licenses) {
		this.plans = plans;
		this.reference = reference;
		this.licenses = licenses;
	}

	/**
	 * Where the e-cigarettes would be sold.
	 *
	 * @param division the premises' division (the quota's district)
	 * @param latitude degrees north, or null
	 * @param longitude degrees east, or null
	 * @param premisesKind the kind of premises (null = a shop)
	 * @param licenseNo the license the application changes (not counted), or null
	 */
	record Site(String division, Double latitude, Double longitude, String premisesKind, String licenseNo) {
	}

	/** The site, when the application brings e-cigarettes to one; else empty. */
	Mono<Site> site(Application a) {
		Filing f = a.filing();
		if (!f.asksForECigarettes()) {
			return Mono.empty();
		}
		if (a.type() == ApplicationType.NEW) {
			Premises p = a.details().premises();
			return (p.divisionCode() != null)
					? Mono.just(new Site(p.divisionCode(), p.latitude(), p.longitude(), f.premisesKind(), null))
					: Mono.empty();
		}
		if (a.type() != ApplicationType.CHANGE || f.changeSubject() != ChangeSubject.SCOPE || f.licenseNo() == null) {
			return Mono.empty();
		}
		return this.licenses.byNumber(f.licenseNo())
			.onErrorResume(ApiException.class, (ex) -> Mono.empty())
			.filter((l) -> !l.sellsECigarettes())
			.map((l) -> new Site(l.holder().division(), l.holder().latitude(), l.holder().longitude(), f.premisesKind(),
					l.number()));
	}

	/** The three checks, or none when the application does not concern e-cigarettes. */
	Mono<List<Check>> run(Application a) {
		return site(a).flatMap(this::run).defaultIfEmpty(List.of());
	}

	/**
	 * On approval, in the decision's transaction: locks the district's quota, counts
	 * again and refuses (422, the failed check in words) when a rule fails.
	 */
	Mono<Void> enforce(Application a) {
		return site(a).flatMap((site) -> this.licenses.lockECigaretteQuota(site.division())
			.then(run(site))
			.flatMap((checks) -> checks.stream()
				.filter((c) -> !c.passed())
				.findFirst()
				.map((c) -> Mono.<Void>error(refused(c)))
				.orElse(Mono.empty())));
	}

	private Mono<List<Check>> run(Site site) {
		return this.plans.planFor(site.division())
			.flatMap((plan) -> Flux.concat(quota(site, plan), school(site, plan), Mono.just(kind(site, plan)))
				.collect(ArrayList::new, List::add));
	}

	private Mono<Check> quota(Site site, ECigarettePlan plan) {
		Integer max = plan.maxOutletsPerDistrict();
		return this.licenses.eCigaretteOutletsIn(site.division(), site.licenseNo()).map((count) -> {
			if (max == null) {
				return new Check(QUOTA, true, (double) count, null, "outlets",
						Text.of("本区（" + site.division() + "）未设定电子烟零售点数量上限，现有 " + count + " 个",
								"No quantity limit for e-cigarette outlets in district " + site.division() + "; "
										+ count + " licensed now"));
			}
			boolean room = count < max;
			String zh = "本区（" + site.division() + "）电子烟零售点数量上限 " + max + " 个，现有 " + count + " 个" + (room ? "" : "，已满");
			String en = "District " + site.division() + ": at most " + max + " e-cigarette outlets, " + count
					+ " licensed now" + (room ? "" : "; the quota is full");
			return new Check(QUOTA, room, (double) count, (double) max, "outlets", Text.of(zh, en));
		});
	}

	private Mono<Check> school(Site site, ECigarettePlan plan) {
		double limit = plan.schoolDistanceMetres();
		if (site.latitude() == null || site.longitude() == null) {
			return Mono.just(new Check(SCHOOL_DISTANCE, false, null, limit, "m",
					Text.of("经营场所未定位，无法核对与学校、幼儿园的距离", "The premises are not located; the distance cannot be checked")));
		}
		return this.reference.nearestSensitivePlace(site.latitude(), site.longitude())
			.map((place) -> new Check(SCHOOL_DISTANCE, place.metres() >= limit, RefusalChecks.round(place.metres()),
					limit, "m",
					Text.of("最近：" + place.name() + "（" + RefusalChecks.kindWords(place.kind()).zh() + "），电子烟规划最小距离 "
							+ (int) limit + " 米",
							"Nearest: " + place.name() + " (" + RefusalChecks.kindWords(place.kind()).en()
									+ "); the e-cigarette plan requires at least " + (int) limit + " m")))
			.defaultIfEmpty(new Check(SCHOOL_DISTANCE, true, null, limit, "m",
					Text.of("附近无登记的学校或幼儿园", "No registered school or kindergarten nearby")));
	}

	private static Check kind(Site site, ECigarettePlan plan) {
		Text kind = kindWords(site.premisesKind());
		boolean barred = plan.neverLicenses(site.premisesKind());
		return new Check(
				PREMISES_KIND, !barred, null, null, null, barred
						? Text.of("经营场所类型为" + kind.zh() + "，电子烟零售点布局规划不予许可",
								"Premises of the kind " + kind.en()
										+ " are never licensed for e-cigarettes under the plan")
						: Text.of("经营场所类型：" + kind.zh(), "Premises kind: " + kind.en()));
	}

	static Text kindWords(String kind) {
		return switch ((kind != null) ? kind : "SHOP") {
			case "SUPERMARKET" -> Text.of("超市、商场", "supermarket or mall");
			case "SELF_SERVICE" -> Text.of("自助售卖、自动售货点", "self-service or vending point");
			case "MARKET_STALL" -> Text.of("集贸市场摊位", "market stall");
			case "ENTERTAINMENT_VENUE" -> Text.of("娱乐场所", "entertainment venue");
			case "OTHER" -> Text.of("其他", "other");
			default -> Text.of("固定门店", "shop");
		};
	}

	private static ApiException refused(Check c) {
		String zh = "电子烟零售点布局规划不允许批准：" + c.detail().zh();
		String en = "The e-cigarette layout plan does not allow approval: " + c.detail().en();
		return new ApiException(ProblemKind.BUSINESS_RULE, Text.of(zh, en), List.of(FieldProblem.of("items", zh, en)),
				Map.of("check", c.code()));
	}

}
