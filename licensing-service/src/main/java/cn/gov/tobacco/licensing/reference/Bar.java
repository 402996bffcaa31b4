package cn.gov.tobacco.licensing.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.r2dbc.spi.Readable;

/**
 * A bar on a credit code and/or resident ID, entered by an administrator or written by a
 * decision (revocation for fraud, false commitment).
 *
 * @param id the id
 * @param creditCode the barred credit code, or {@code null}
 * @param idNumber the barred resident ID, or {@code null}
 * @param reason why
 * @param barredUntil the last day of the bar
 * @param createdBy who barred
 * @param createdAt when
 * @param liftedAt when lifted early, or {@code null}
 * @param liftedBy who lifted it
 * @param liftReason why
 */
record Bar(UUID id, String creditCode, String idNumber, String reason, LocalDate barredUntil, String createdBy,
		Instant createdAt, Instant liftedAt, String liftedBy, String liftReason) {

	static final String COLUMNS = "id, credit_code, id_number, reason, barred_until, created_by, created_at, "
			+ "lifted_at, lifted_by, lift_reason";

	/** The states a bar can be in on a day. */
	enum State {

		ACTIVE, LIFTED, EXPIRED

	}

	State stateOn(LocalDate day) {
		if (this.liftedAt != null) {
			return State.LIFTED;
		}
		return this.barredUntil.isBefore(day) ? State.EXPIRED : State.ACTIVE;
	}

	static Bar of(Readable row) {
		OffsetDateTime lifted = row.get("lifted_at", OffsetDateTime.class);
		return new Bar(row.get("id", UUID.class), row.get("credit_code", String.class),
				row.get("id_number", String.class), row.get("reason", String.class),
				row.get("barred_until", LocalDate.class), row.get("created_by", String.class),
				row.get("created_at", OffsetDateTime.class).toInstant(), (lifted != null) ? lifted.toInstant() : null,
				row.get("lifted_by", String.class), row.get("lift_reason", String.class));
	}

}
