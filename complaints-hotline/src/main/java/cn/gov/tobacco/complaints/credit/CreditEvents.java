package cn.gov.tobacco.complaints.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.categories.CategoryRepository;
import cn.gov.tobacco.complaints.audit.CaseEvents;
import cn.gov.tobacco.complaints.cases.CaseKind;
import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.cases.Outcome;
import cn.gov.tobacco.platform.calendar.BureauClock;

/**
 * Writes the credit event of a substantiated report to the outbox, in the caller's
 * transaction. The payload is licensing's {@code CreditEvent} without its {@code eventId}
 * (the sink derives that from the outbox event): license number, reason (case number and
 * category), the day of the answer. Never reporter data, never the description (it may
 * name the reporter).
 */
@Component
public class CreditEvents {

	/** The outbox event type licensing receives. */
	public static final String SUBSTANTIATED_REPORT = "credit.substantiated-report";

	private final CaseEvents outbox;

	private final JsonMapper json;

	private final BureauClock clock;

	private final CategoryRepository categories;

	CreditEvents(CaseEvents outbox, JsonMapper json, BureauClock clock, CategoryRepository categories) {
		this.outbox = outbox;
		this.json = json;
		this.clock = clock;
		this.categories = categories;
	}

	/** Whether an answer with this outcome and license number makes a credit event. */
	public static boolean applies(CaseRow row, Outcome outcome, String licenseNo) {
		return row.kind() == CaseKind.REPORT && outcome == Outcome.SUBSTANTIATED && licenseNo != null;
	}

	public Mono<Void> substantiatedReport(CaseRow row, String licenseNo, Instant answeredAt) {
		LocalDate day = this.clock.dayOf(answeredAt);
		// the category by its name, never its code: the retailer and the bureau read this
		// text
		return this.categories.find(row.category())
			.map((c) -> new String[] { c.nameZh(), c.nameEn() })
			.defaultIfEmpty(new String[] { "其他", "other" })
			.flatMap((name) -> {
				Map<String, Object> payload = new LinkedHashMap<>();
				payload.put("kind", "SUBSTANTIATED_REPORT");
				payload.put("licenseNo", licenseNo);
				// the category's code, for licensing's mapping to a record's kind (a
				// substantiated report of e-cigarettes sold to minors is a BREACH for an
				// e-cigarette licensee); people read the reason
				payload.put("category", row.category());
				payload.put("reason", "12313 举报查证属实（案件 " + row.caseNumber() + "，" + name[0] + "）");
				payload.put("reasonEn", "Substantiated 12313 report (case " + row.caseNumber() + ", " + name[1] + ")");
				payload.put("occurredOn", day.toString());
				return this.outbox.add(row.id(), SUBSTANTIATED_REPORT, this.json.writeValueAsString(payload));
			});
	}

}
