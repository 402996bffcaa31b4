package cn.gov.tobacco.licensing.supervision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Everything about one visit for the staff who may see it: its checklist, photos,
 * findings (with the inspector's internal note), rectification and penalty.
 */
@Component
class VisitDetails {

	private final DatabaseClient db;

	private final VisitPhotos photos;

	private final Rectifications rectifications;

	private final Verdicts verdicts;

	private final JsonMapper json;

	VisitDetails(DatabaseClient db, VisitPhotos photos, Rectifications rectifications, Verdicts verdicts,
			JsonMapper json) {
		this.db = db;
		this.photos = photos;
		this.rectifications = rectifications;
		this.verdicts = verdicts;
		this.json = json;
	}

	record Recorded(List<FindingRules.Answer> checklist, double latitude, double longitude, Double accuracy,
			UUID signaturePhotoId, String signatureRefusal, String scannedCode, String summary, String internalNote,
			String recordedBy) {
	}

	record Penalty(String state, String reason, String decidedBy, Instant decidedAt, UUID creditRecordId) {
	}

	record Detail(Visit visit, List<Checklists.Item> checklist, List<VisitPhotos.Photo> photos, Recorded findings,
			Rectifications.Rectification rectification, Penalty penalty) {
	}

	Mono<Detail> of(Visit v) {
		Mono<Boolean> eCigarettes = (v.licenseNo() != null) ? this.verdicts.license(v.licenseNo())
			.map(Verdicts.LicenseFacts::sellsECigarettes)
			.defaultIfEmpty(false) : Mono.just(false);
		Mono<List<String>> rectifying = (v.rectificationId() != null)
				? Rectifications.failedItems(this.db, v.rectificationId()) : Mono.just(List.of());
		Mono<Optional<Rectifications.Rectification>> rectification = this.rectifications.ofVisit(v.id())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
		Mono<Object[]> extra = this.db
			.sql("select checklist, latitude, longitude, accuracy, signature_photo_id, signature_refusal, scanned_code, "
					+ "summary, internal_note, recorded_by, penalty_reason, penalty_by, penalty_at, penalty_record_id "
					+ "from inspection_visit where id = :id")
			.bind("id", v.id())
			.map((row) -> {
				Recorded recorded = null;
				String checklist = row.get("checklist", String.class);
				if (checklist != null) {
					Double lat = row.get("latitude", Double.class);
					Double lon = row.get("longitude", Double.class);
					recorded = new Recorded(
							this.json.readValue(checklist, new TypeReference<List<FindingRules.Answer>>() {
							}), (lat != null) ? lat : 0, (lon != null) ? lon : 0, row.get("accuracy", Double.class),
							row.get("signature_photo_id", UUID.class), row.get("signature_refusal", String.class),
							row.get("scanned_code", String.class), row.get("summary", String.class),
							row.get("internal_note", String.class), row.get("recorded_by", String.class));
				}
				OffsetDateTime at = row.get("penalty_at", OffsetDateTime.class);
				Penalty penalty = (v.penalty() == null) ? null
						: new Penalty(v.penalty(), row.get("penalty_reason", String.class),
								row.get("penalty_by", String.class), (at != null) ? at.toInstant() : null,
								row.get("penalty_record_id", UUID.class));
				return new Object[] { recorded, penalty };
			})
			.one();
		return Mono.zip(eCigarettes, rectifying, rectification, extra, this.photos.of(v.id()))
			.map((t) -> new Detail(v, Checklists.of(v.kind(), t.getT1(), t.getT2()), t.getT5(), (Recorded) t.getT4()[0],
					t.getT3().orElse(null), (Penalty) t.getT4()[1]));
	}

}
