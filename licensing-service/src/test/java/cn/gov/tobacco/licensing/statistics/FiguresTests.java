package cn.gov.tobacco.licensing.statistics;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.licensing.api.model.ApplicationFiguresDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.ItemFiguresDto;
import cn.gov.tobacco.licensing.api.model.LicensingStatisticsDto;
import cn.gov.tobacco.licensing.api.model.ScopeItemDto;
import cn.gov.tobacco.licensing.api.model.TypeFiguresDto;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	@Test
	void anApplicationForBothItemsCountsOnceInTheTotalAndOnceInEachItem() {
		LicensingStatisticsDto s = Figures.of(DAY, DAY,
				List.of(new Groups.Applications("330106", "NEW", List.of("CIGARETTE", "E_CIGARETTE"), 2, 1, 0),
						new Groups.Applications("330106", "NEW", List.of("CIGARETTE"), 3, 0, 1),
						new Groups.Applications("330102", "CLOSURE", List.of("E_CIGARETTE"), 1, 1, 0)),
				List.of(new Groups.Licenses("330106", List.of("CIGARETTE", "E_CIGARETTE"), 4),
						new Groups.Licenses("330108", List.of("CIGARETTE"), 5)));
		ApplicationFiguresDto all = s.getApplications();
		assertThat(List.of(all.getReceived(), all.getApproved(), all.getRefused())).containsExactly(6L, 2L, 1L);
		assertThat(type(all, ApplicationTypeDto.NEW).getReceived()).isEqualTo(5);
		assertThat(type(all, ApplicationTypeDto.CLOSURE).getApproved()).isEqualTo(1);
		assertThat(type(all, ApplicationTypeDto.RENEWAL).getReceived()).isZero();
		assertThat(all.getByType()).hasSize(6);
		assertThat(item(all, ScopeItemDto.CIGARETTE).getReceived()).isEqualTo(5);
		assertThat(item(all, ScopeItemDto.E_CIGARETTE).getReceived()).isEqualTo(3);
		assertThat(item(all, ScopeItemDto.E_CIGARETTE).getApproved()).isEqualTo(2);
		assertThat(s.getActiveLicenses().getTotal()).isEqualTo(9);
		assertThat(s.getActiveLicenses().getByItem()).extracting((c) -> c.getCount()).containsExactly(9L, 4L);
	}

	@Test
	void eachDistrictWithAnyFigureHasItsOwnInCodeOrder() {
		LicensingStatisticsDto s = Figures.of(DAY, DAY,
				List.of(new Groups.Applications("330106", "NEW", List.of("CIGARETTE"), 1, 0, 0)),
				List.of(new Groups.Licenses("330102", List.of("E_CIGARETTE"), 2)));
		assertThat(s.getDistricts()).extracting((d) -> d.getDistrict()).containsExactly("330102", "330106");
		assertThat(s.getDistricts().get(0).getApplications().getReceived()).isZero();
		assertThat(s.getDistricts().get(0).getActiveLicenses().getTotal()).isEqualTo(2);
		assertThat(s.getDistricts().get(1).getActiveLicenses().getTotal()).isZero();
		assertThat(s.getDistricts().get(1).getApplications().getByItem()).extracting((i) -> i.getReceived())
			.containsExactly(1L, 0L);
	}

	static TypeFiguresDto type(ApplicationFiguresDto f, ApplicationTypeDto type) {
		return f.getByType().stream().filter((t) -> t.getType() == type).findFirst().orElseThrow();
	}

	static ItemFiguresDto item(ApplicationFiguresDto f, ScopeItemDto item) {
		return f.getByItem().stream().filter((i) -> i.getItem() == item).findFirst().orElseThrow();
	}

}
