package cn.gov.tobacco.complaints.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.r2dbc.spi.Readable;

/**
 * A case as stored, without the encrypted reporter columns (they are read only by the
 * reporter feature).
 */
public record CaseRow(UUID id, String caseNumber, CaseKind kind, Channel channel, String category, boolean urgent,
		CaseState state, Outcome outcome, String divisionCode, String districtCode, String addressDetail,
		String retailerName, String description, String reporterMasked, String reporterSubject, String publicAnswer,
		String notAcceptedReason, UUID duplicateOf, Instant receivedAt, Instant acknowledgeDueAt, Instant answerDueAt,
		Instant answeredAt, Instant evaluationDueAt, Instant closedAt, int reopenCount, int escalationLevel,
		long version, String licenseNo, BigDecimal rewardAmount) {

	public static final String COLUMNS = """
			id, case_number, kind, channel, category_code, urgent, state, outcome, division_code, district_code,
			address_detail, retailer_name, description, reporter_masked, reporter_subject, public_answer,
			not_accepted_reason, duplicate_of, received_at, acknowledge_due_at, answer_due_at, answered_at,
			evaluation_due_at, closed_at, reopen_count, escalation_level, version, license_no,
			reward_amount""";

	public static CaseRow map(Readable row) {
		String outcome = row.get("outcome", String.class);
		return new CaseRow(row.get("id", UUID.class), row.get("case_number", String.class),
				CaseKind.valueOf(row.get("kind", String.class)), Channel.valueOf(row.get("channel", String.class)),
				row.get("category_code", String.class), Boolean.TRUE.equals(row.get("urgent", Boolean.class)),
				CaseState.valueOf(row.get("state", String.class)), (outcome != null) ? Outcome.valueOf(outcome) : null,
				row.get("division_code", String.class), row.get("district_code", String.class),
				row.get("address_detail", String.class), row.get("retailer_name", String.class),
				row.get("description", String.class), row.get("reporter_masked", String.class),
				row.get("reporter_subject", String.class), row.get("public_answer", String.class),
				row.get("not_accepted_reason", String.class), row.get("duplicate_of", UUID.class),
				instant(row, "received_at"), instant(row, "acknowledge_due_at"), instant(row, "answer_due_at"),
				instant(row, "answered_at"), instant(row, "evaluation_due_at"), instant(row, "closed_at"),
				row.get("reopen_count", Short.class), row.get("escalation_level", Short.class),
				row.get("version", Long.class), row.get("license_no", String.class),
				row.get("reward_amount", BigDecimal.class));
	}

	private static Instant instant(Readable row, String column) {
		OffsetDateTime value = row.get(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
