package cn.gov.tobacco.complaints.intake;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.cases.NewCase;

/**
 * Finds the open case a new one repeats: same category and same retailer or same address,
 * received within the configured window, itself not a duplicate.
 */
@Component
class Duplicates {

	private final DatabaseClient db;

	private final IntakeProperties properties;

	Duplicates(DatabaseClient db, IntakeProperties properties) {
		this.db = db;
		this.properties = properties;
	}

	Mono<Primary> openPrimaryFor(NewCase candidate) {
		String retailerKey = candidate.retailerKey();
		return this.db.sql("""
				SELECT id, case_number FROM cases
				WHERE category_code = :category AND duplicate_of IS NULL
				  AND state NOT IN ('CLOSED', 'NOT_ACCEPTED') AND received_at >= :since
				  AND (address_key = :addressKey OR retailer_key = :retailerKey)
				ORDER BY received_at LIMIT 1""")
			.bind("category", candidate.category())
			.bind("since", candidate.receivedAt().minus(this.properties.duplicateWindow()))
			.bind("addressKey", candidate.addressKey())
			.bind("retailerKey", (retailerKey != null) ? retailerKey : "")
			.map((row, meta) -> new Primary(row.get("id", UUID.class), row.get("case_number", String.class)))
			.one();
	}

	record Primary(UUID id, String caseNumber) {
	}

}
