package cn.gov.tobacco.complaints.cases;

import cn.gov.tobacco.complaints.api.model.CasePageDto;
import cn.gov.tobacco.complaints.paging.Page;

/**
 * Pages of cases as the API shows them (reporter data masked).
 */
public final class CaseViews {

	private CaseViews() {
	}

	public static CasePageDto page(Page<CaseRow> page) {
		return new CasePageDto().items(page.items().stream().map(CasesController::summary).toList())
			.total(page.total())
			.limit(page.limit())
			.nextCursor(page.nextCursor());
	}

}
