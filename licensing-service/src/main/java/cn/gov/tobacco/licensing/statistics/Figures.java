package cn.gov.tobacco.licensing.statistics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import cn.gov.tobacco.licensing.api.model.ApplicationFiguresDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.DistrictFiguresDto;
import cn.gov.tobacco.licensing.api.model.ItemCountDto;
import cn.gov.tobacco.licensing.api.model.ItemFiguresDto;
import cn.gov.tobacco.licensing.api.model.LicenseFiguresDto;
import cn.gov.tobacco.licensing.api.model.LicensingStatisticsDto;
import cn.gov.tobacco.licensing.api.model.ScopeItemDto;
import cn.gov.tobacco.licensing.api.model.TypeFiguresDto;

/**
 * Adds the counted groups up into the answer: the totals, every type and every item
 * (zeros included), for the whole subtree and per district. An application or license
 * with both items counts once in the totals and once in each item.
 */
final class Figures {

	private Figures() {
	}

	static LicensingStatisticsDto of(LocalDate from, LocalDate to, List<Groups.Applications> applications,
			List<Groups.Licenses> licenses) {
		TreeSet<String> districts = new TreeSet<>();
		applications.forEach((g) -> districts.add(g.district()));
		licenses.forEach((g) -> districts.add(g.district()));
		Map<String, DistrictFiguresDto> perDistrict = new TreeMap<>();
		for (String district : districts) {
			perDistrict.put(district, new DistrictFiguresDto().district(district)
				.applications(applications(only(applications, (g) -> g.district().equals(district))))
				.activeLicenses(licenses(licenses.stream().filter((g) -> g.district().equals(district)).toList())));
		}
		return new LicensingStatisticsDto().from(from)
			.to(to)
			.applications(applications(applications))
			.activeLicenses(licenses(licenses))
			.districts(List.copyOf(perDistrict.values()));
	}

	private static List<Groups.Applications> only(List<Groups.Applications> groups,
			Predicate<Groups.Applications> which) {
		return groups.stream().filter(which).toList();
	}

	static ApplicationFiguresDto applications(List<Groups.Applications> groups) {
		ApplicationFiguresDto figures = sum(groups, new ApplicationFiguresDto());
		figures.setByType(Arrays.stream(ApplicationTypeDto.values()).map((type) -> {
			ApplicationFiguresDto t = sum(only(groups, (g) -> g.type().equals(type.name())),
					new ApplicationFiguresDto());
			return new TypeFiguresDto().type(type)
				.received(t.getReceived())
				.approved(t.getApproved())
				.refused(t.getRefused());
		}).toList());
		figures.setByItem(Arrays.stream(ScopeItemDto.values()).map((item) -> {
			ApplicationFiguresDto i = sum(only(groups, (g) -> g.items().contains(item.name())),
					new ApplicationFiguresDto());
			return new ItemFiguresDto().item(item)
				.received(i.getReceived())
				.approved(i.getApproved())
				.refused(i.getRefused());
		}).toList());
		return figures;
	}

	private static ApplicationFiguresDto sum(List<Groups.Applications> groups, ApplicationFiguresDto into) {
		return into.received(groups.stream().mapToLong(Groups.Applications::received).sum())
			.approved(groups.stream().mapToLong(Groups.Applications::approved).sum())
			.refused(groups.stream().mapToLong(Groups.Applications::refused).sum());
	}

	static LicenseFiguresDto licenses(List<Groups.Licenses> groups) {
		return new LicenseFiguresDto().total(groups.stream().mapToLong(Groups.Licenses::count).sum())
			.byItem(Arrays.stream(ScopeItemDto.values())
				.map((item) -> new ItemCountDto().item(item)
					.count(groups.stream()
						.filter((g) -> g.items().contains(item.name()))
						.mapToLong(Groups.Licenses::count)
						.sum()))
				.toList());
	}

}
