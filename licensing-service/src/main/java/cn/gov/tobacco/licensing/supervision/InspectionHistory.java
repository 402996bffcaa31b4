package cn.gov.tobacco.licensing.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.license.Licenses;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.KeysetScan.Key;
import cn.gov.tobacco.platform.paging.KeysetScan;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.security.Caller;

/**
 * A license's recorded inspections, newest first, for its holder and the staff who read
 * the license: result, failed items, the summary for the retailer, the rectification
 * deadline. Never the internal note, the plan or its seed; planned visits are not shown.
 */
@Component
class InspectionHistory {

	private final Licenses licenses;

	private final Rectifications rectifications;

	private final DatabaseClient db;

	private final JsonMapper json;

	private final BureauClock time;

	InspectionHistory(Licenses licenses, Rectifications rectifications, DatabaseClient db, JsonMapper json,
			BureauClock time) {
		this.licenses = licenses;
		this.rectifications = rectifications;
		this.db = db;
		this.json = json;
		this.time = time;
	}

	record Item(UUID visitId, LocalDate visitedOn, String kind, String result, List<String> failedItems, String summary,
			LocalDate rectificationDueOn, String rectificationState, String penalty, Instant at) {
	}

	record History(Page<Item> page, List<Rectifications.Rectification> open) {
	}

	Mono<History> of(Caller caller, String licenseNo, int limit, KeysetCursor after) {
		return this.licenses.visibleTo(caller, licenseNo).flatMap((license) -> {
			String from = " from inspection_visit v left join rectification r on r.visit_id = v.id "
					+ "where v.license_no = :no and v.state = 'DONE'";
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("no", licenseNo);
			Mono<Page<Item>> page = KeysetScan.Query
				.descending("v.id, v.recorded_at, v.kind, v.result, v.checklist, v.summary, v.penalty, r.due_on, "
						+ "r.state as r_state", from, params, "v.id", Key.instant("v.recorded_at"))
				.read(this.db, after, limit, (row) -> {
					Instant at = row.get("recorded_at", OffsetDateTime.class).toInstant();
					String checklist = row.get("checklist", String.class);
					List<String> failed = (checklist == null) ? List.of()
							: this.json.readValue(checklist, new TypeReference<List<FindingRules.Answer>>() {
							})
								.stream()
								.filter((a) -> "FAIL".equals(a.answer()))
								.map(FindingRules.Answer::item)
								.toList();
					return new Item(row.get("id", UUID.class), this.time.dayOf(at), row.get("kind", String.class),
							row.get("result", String.class), failed, row.get("summary", String.class),
							row.get("due_on", LocalDate.class), row.get("r_state", String.class),
							row.get("penalty", String.class), at);
				}, (i) -> KeysetCursor.after(i.at(), i.visitId()));
			return Mono.zip(page, this.rectifications.unrectified(licenseNo))
				.map((t) -> new History(t.getT1(), t.getT2()));
		});
	}

}
