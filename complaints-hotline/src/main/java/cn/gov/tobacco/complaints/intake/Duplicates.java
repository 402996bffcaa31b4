package cn.gov.tobacco.complaints.intake;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.cases.NewCase;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.security.Jurisdiction;

/**
 * The duplicate rule, in one place for intake and for the agent's hint: an open case (not
 * closed, not refused, itself not a duplicate) in the same district and category,
 * received within the configured window, about the same address, the same retailer or the
 * same license (as the license directory matched it). Intake links a new case to the
 * oldest match; the hint lists the matches, newest first.
 */
@Component
class Duplicates {

	private static final String RULE = """
			FROM cases
			WHERE district_code = :district AND category_code = :category AND duplicate_of IS NULL
			  AND state NOT IN ('CLOSED', 'NOT_ACCEPTED') AND received_at >= :since
			  AND (address_key = :addressKey OR retailer_key = :retailerKey OR license_no = :licenseNo)""";

	private final DatabaseClient db;

	private final IntakeProperties properties;

	Duplicates(DatabaseClient db, IntakeProperties properties) {
		this.db = db;
		this.properties = properties;
	}

	/**
	 * The open case a new one repeats, if any (the oldest match).
	 * @param licenseNo the license the directory matched to the new case, or {@code null}
	 */
	Mono<CaseRow> openPrimaryFor(NewCase candidate, String licenseNo) {
		Facts facts = new Facts(candidate.divisionCode(), candidate.category(), candidate.addressKey(),
				candidate.retailerKey(), candidate.receivedAt(), licenseNo);
		return matching(facts, null, "received_at ASC, id ASC", 1).next();
	}

	/**
	 * The open cases a new case with these facts would be linked to, visible in the
	 * scope, newest first, at most {@code limit}, with the true total.
	 */
	Mono<Page<CaseRow>> candidates(Facts facts, Jurisdiction scope, int limit) {
		Mono<Long> total = bind(this.db.sql("SELECT count(*) AS total " + RULE + scoped(scope)), facts, scope)
			.map((row, meta) -> row.get("total", Long.class))
			.one();
		return Mono.zip(matching(facts, scope, "received_at DESC, id DESC", limit).collectList(), total)
			.map((t) -> new Page<>(t.getT1(), t.getT2(), limit, null));
	}

	private Flux<CaseRow> matching(Facts facts, Jurisdiction scope, String order, int limit) {
		return bind(this.db
			.sql("SELECT " + CaseRow.COLUMNS + " " + RULE + scoped(scope) + " ORDER BY " + order + " LIMIT :limit"),
				facts, scope)
			.bind("limit", limit)
			.map(CaseRow::map)
			.all();
	}

	private static String scoped(Jurisdiction scope) {
		return (scope != null) ? " AND division_code LIKE :scope" : "";
	}

	private GenericExecuteSpec bind(GenericExecuteSpec spec, Facts facts, Jurisdiction scope) {
		GenericExecuteSpec bound = spec.bind("district", facts.divisionCode().substring(0, 6))
			.bind("category", facts.category())
			.bind("since", facts.at().minus(this.properties.duplicateWindow()))
			// An empty key matches no row: stored keys are never empty.
			.bind("addressKey", (facts.addressKey() != null) ? facts.addressKey() : "")
			.bind("retailerKey", (facts.retailerKey() != null) ? facts.retailerKey() : "")
			.bind("licenseNo", (facts.licenseNo() != null) ? facts.licenseNo() : "");
		return (scope != null) ? bound.bind("scope", scope.likePattern()) : bound;
	}

	/**
	 * What a duplicate is recognised by.
	 *
	 * @param divisionCode the address's division code (its first six digits are the
	 * district)
	 * @param category the category code
	 * @param addressKey the address key ({@link NewCase#addressKeyOf}) or {@code null}
	 * @param retailerKey the retailer key ({@link NewCase#retailerKeyOf}) or {@code null}
	 * @param at when the new case is received
	 * @param licenseNo the reported retailer's license, as the license directory matched
	 * it, or {@code null}
	 */
	record Facts(String divisionCode, String category, String addressKey, String retailerKey, Instant at,
			String licenseNo) {

		/**
		 * The facts an agent has typed so far; an address under two characters is
		 * ignored.
		 */
		static Facts typed(String divisionCode, String category, String address, String retailerName, Instant at) {
			String detail = (address != null) ? address.strip() : "";
			return new Facts(divisionCode, category,
					(detail.length() >= 2) ? NewCase.addressKeyOf(divisionCode, detail) : null,
					NewCase.retailerKeyOf(retailerName), at, null);
		}

	}

}
