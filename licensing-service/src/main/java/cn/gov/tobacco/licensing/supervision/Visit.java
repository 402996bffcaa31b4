package cn.gov.tobacco.licensing.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;

/**
 * A visit as staff read it: planned (KEY, ROUTINE, RANDOM) or not (UNPLANNED,
 * REINSPECTION, WARNING), with its result once recorded and its penalty's state.
 */
record Visit(UUID id, UUID planId, YearMonth month, String licenseNo, String businessName, String jurisdiction,
		String kind, String grade, List<String> reasons, String inspector, LocalDate dueOn, String state,
		String address, String result, Instant recordedAt, String scanVerdict, String penalty, UUID rectificationId) {

	/**
	 * The columns {@link #of} reads, from {@code inspection_visit v left join license l}.
	 */
	static final String COLUMNS = "v.id, v.plan_id, v.month, v.license_no, v.jurisdiction, v.kind, v.grade, v.reasons, "
			+ "v.inspector, v.due_on, v.state, l.business_name, coalesce(v.address, l.premises_address) as address, "
			+ "v.result, v.recorded_at, v.scan_verdict, v.penalty, v.rectification_id";

	static final String FROM = " from inspection_visit v left join license l on l.number = v.license_no";

	Visit withInspector(String to) {
		return new Visit(this.id, this.planId, this.month, this.licenseNo, this.businessName, this.jurisdiction,
				this.kind, this.grade, this.reasons, to, this.dueOn, this.state, this.address, this.result,
				this.recordedAt, this.scanVerdict, this.penalty, this.rectificationId);
	}

	boolean planned() {
		return "PLANNED".equals(this.state);
	}

	static Visit of(Readable row) {
		OffsetDateTime recorded = row.get("recorded_at", OffsetDateTime.class);
		return new Visit(row.get("id", UUID.class), row.get("plan_id", UUID.class),
				YearMonth.from(row.get("month", LocalDate.class)), row.get("license_no", String.class),
				row.get("business_name", String.class), row.get("jurisdiction", String.class),
				row.get("kind", String.class), row.get("grade", String.class),
				Arrays.asList(row.get("reasons", String[].class)), row.get("inspector", String.class),
				row.get("due_on", LocalDate.class), row.get("state", String.class), row.get("address", String.class),
				row.get("result", String.class), (recorded != null) ? recorded.toInstant() : null,
				row.get("scan_verdict", String.class), row.get("penalty", String.class),
				row.get("rectification_id", UUID.class));
	}

}
