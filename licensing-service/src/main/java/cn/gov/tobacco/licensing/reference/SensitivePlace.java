package cn.gov.tobacco.licensing.reference;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.r2dbc.spi.Readable;

/**
 * A school or kindergarten the distance rule measures against, unless removed.
 *
 * @param id the id
 * @param kind PRIMARY_SCHOOL, MIDDLE_SCHOOL or KINDERGARTEN
 * @param name its name
 * @param division its division code
 * @param latitude where it is
 * @param longitude where it is
 * @param createdBy who entered it
 * @param createdAt when
 * @param removedAt when removed, or {@code null} while it counts
 * @param removedBy who removed it
 * @param removalReason why
 */
record SensitivePlace(UUID id, String kind, String name, String division, double latitude, double longitude,
		String createdBy, Instant createdAt, Instant removedAt, String removedBy, String removalReason) {

	static final String COLUMNS = "id, kind, name, division, latitude, longitude, created_by, created_at, "
			+ "removed_at, removed_by, removal_reason";

	boolean removed() {
		return this.removedAt != null;
	}

	static SensitivePlace of(Readable row) {
		OffsetDateTime removed = row.get("removed_at", OffsetDateTime.class);
		return new SensitivePlace(row.get("id", UUID.class), row.get("kind", String.class),
				row.get("name", String.class), row.get("division", String.class), row.get("latitude", Double.class),
				row.get("longitude", Double.class), row.get("created_by", String.class),
				row.get("created_at", OffsetDateTime.class).toInstant(), (removed != null) ? removed.toInstant() : null,
				row.get("removed_by", String.class), row.get("removal_reason", String.class));
	}

}
