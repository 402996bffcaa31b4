package cn.gov.tobacco.licensing.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;

/**
 * The assigned INSPECTOR records a visit's findings, once. In the same transaction: the
 * visit's audit entry and {@code InspectionVisitRecorded}; a VIOLATION opens a
 * rectification and a penalty PENDING an APPROVER; a REINSPECTION settles its
 * rectification; NOT_LICENSED announces {@code SupervisionUnlicensedSaleFound}, from
 * which the complaints service opens a case for the district.
 */
@Component
class VisitRecording {

	private final VisitStore visits;

	private final Verdicts verdicts;

	private final Rectifications rectifications;

	private final DatabaseClient db;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	private final JsonMapper json;

	private final BureauClock time;

	VisitRecording(VisitStore visits, Verdicts verdicts, Rectifications rectifications, DatabaseClient db,
			RecordKeeper recordKeeper, TransactionalOperator tx, JsonMapper json, BureauClock time) {
		this.visits = visits;
		this.verdicts = verdicts;
		this.rectifications = rectifications;
		this.db = db;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
		this.json = json;
		this.time = time;
	}

	Mono<Visit> record(Caller caller, UUID visitId, FindingRules.Findings f) {
		return this.visits.assignedTo(caller, visitId).flatMap((v) -> {
			if (!v.planned()) {
				return Mono.<Visit>error(new ApiException(ProblemKind.CONFLICT,
						Text.of("该检查已记录或已取消", "The visit has already been recorded or was cancelled")));
			}
			Mono<Verdicts.LicenseFacts> license = (v.licenseNo() != null) ? this.verdicts.license(v.licenseNo())
					: Mono.empty();
			Mono<List<String>> rectifying = (v.rectificationId() != null)
					? Rectifications.failedItems(this.db, v.rectificationId()) : Mono.just(List.of());
			Mono<Verdicts.Verdict> scanned = (f.scannedCode() != null) ? this.verdicts.of(f.scannedCode())
					: Mono.empty();
			return Mono
				.zip(license.map(List::of).defaultIfEmpty(List.of()), rectifying,
						scanned.map(List::of).defaultIfEmpty(List.of()))
				.flatMap((t) -> {
					Verdicts.LicenseFacts l = t.getT1().isEmpty() ? null : t.getT1().get(0);
					Verdicts.Verdict scan = t.getT3().isEmpty() ? null : t.getT3().get(0);
					List<Checklists.Item> checklist = Checklists.of(v.kind(), l != null && l.sellsECigarettes(),
							t.getT2());
					List<FieldProblem> problems = FindingRules.problems(f, checklist);
					if (!problems.isEmpty()) {
						return Mono.error(ApiException.validation(problems));
					}
					String scanVerdict = scanVerdict(v, scan);
					boolean valid = l != null && (scanVerdict == null || "VALID".equals(scanVerdict))
							&& licenseValid(l);
					Text refusal = FindingRules.refusal(f, l != null, valid);
					if (refusal != null) {
						return Mono.error(ApiException.businessRule(refusal.zh(), refusal.en()));
					}
					return photosOfVisit(v.id(), f).then(write(caller, v, f, scanVerdict));
				});
		}).as(this.tx::transactional);
	}

	/** The scan's verdict; a valid code of another license is a forgery at this shop. */
	private static String scanVerdict(Visit v, Verdicts.Verdict scan) {
		if (scan == null) {
			return v.scanVerdict();
		}
		if (scan.valid() && v.licenseNo() != null && !v.licenseNo().equals(scan.number())) {
			return "FORGED";
		}
		return scan.verdict();
	}

	private boolean licenseValid(Verdicts.LicenseFacts l) {
		return "ACTIVE".equals(l.status()) && !l.validUntil().isBefore(this.time.today());
	}

	/** Every photo id is a PHOTO of this visit, the signature a SIGNATURE of it. */
	private Mono<Void> photosOfVisit(UUID visitId, FindingRules.Findings f) {
		return this.db.sql("select id, kind from visit_photo where visit_id = :v")
			.bind("v", visitId)
			.map((row) -> row.get("kind", String.class) + ":" + row.get("id", UUID.class))
			.all()
			.collect(HashSet<String>::new, Set::add)
			.flatMap((held) -> {
				List<FieldProblem> problems = new java.util.ArrayList<>();
				for (UUID id : f.photoIds()) {
					if (!held.contains("PHOTO:" + id)) {
						problems.add(FieldProblem.of("photoIds", "照片 " + id + " 不是本次检查上传的现场照片",
								"photo " + id + " is not a photo of this visit"));
					}
				}
				if (f.signaturePhotoId() != null && !held.contains("SIGNATURE:" + f.signaturePhotoId())) {
					problems.add(FieldProblem.of("signaturePhotoId", "签名不是本次检查上传的签名",
							"not a signature uploaded for this visit"));
				}
				return problems.isEmpty() ? Mono.<Void>empty() : Mono.error(ApiException.validation(problems));
			});
	}

	private Mono<Visit> write(Caller caller, Visit v, FindingRules.Findings f, String scanVerdict) {
		Instant now = this.time.now();
		LocalDate today = this.time.dayOf(now);
		boolean penalty = "VIOLATION".equals(f.result());
		var spec = this.db.sql("update inspection_visit set state = 'DONE', result = :result, checklist = :checklist, "
				+ "latitude = :lat, longitude = :lon, accuracy = :acc, signature_photo_id = :sig, "
				+ "signature_refusal = :refusal, scanned_code = coalesce(:code, scanned_code), scan_verdict = :verdict, "
				+ "summary = :summary, internal_note = :note, recorded_at = :at, recorded_by = :by, "
				+ "penalty = :penalty, version = version + 1 where id = :id and state = 'PLANNED'")
			.bind("result", f.result())
			.bind("checklist", this.json.writeValueAsString(f.checklist()))
			.bind("lat", f.latitude())
			.bind("lon", f.longitude())
			.bind("at", now.atOffset(ZoneOffset.UTC))
			.bind("by", caller.subject())
			.bind("id", v.id());
		spec = VisitStore.bindOrNull(spec, "acc", f.accuracy(), Double.class);
		spec = VisitStore.bindOrNull(spec, "sig", f.signaturePhotoId(), UUID.class);
		spec = VisitStore.bindOrNull(spec, "refusal", blankToNull(f.signatureRefusal()), String.class);
		spec = VisitStore.bindOrNull(spec, "code", f.scannedCode(), String.class);
		spec = VisitStore.bindOrNull(spec, "verdict", scanVerdict, String.class);
		spec = VisitStore.bindOrNull(spec, "summary", blankToNull(f.summary()), String.class);
		spec = VisitStore.bindOrNull(spec, "note", blankToNull(f.internalNote()), String.class);
		spec = VisitStore.bindOrNull(spec, "penalty", penalty ? "PENDING" : null, String.class);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("visitId", v.id().toString());
		detail.put("licenseNo", v.licenseNo());
		detail.put("jurisdiction", v.jurisdiction());
		detail.put("kind", v.kind());
		detail.put("result", f.result());
		detail.put("scanVerdict", scanVerdict);
		detail.put("failedItems", f.failed());
		detail.put("recordedOn", today.toString());
		Mono<Void> followUps = Mono.when(
				penalty ? this.rectifications.open(v, f.failed(), today, caller.subject()) : Mono.empty(),
				(v.rectificationId() != null)
						? this.rectifications.reinspected(v.rectificationId(), f.result(), today, caller.subject())
						: Mono.empty(),
				"NOT_LICENSED".equals(f.result()) ? unlicensed(v, f, scanVerdict, today) : Mono.empty());
		return spec.fetch()
			.rowsUpdated()
			.then(this.recordKeeper.record(VisitStore.AGGREGATE, v.id(), "RECORDED", caller.subject(), detail,
					"InspectionVisitRecorded", detail))
			.then(followUps)
			.then(this.visits.byId(v.id(), false));
	}

	/**
	 * The event the complaints service turns into a case of unlicensed selling for the
	 * district: where, what was found, no personal data.
	 */
	private Mono<Void> unlicensed(Visit v, FindingRules.Findings f, String scanVerdict, LocalDate today) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("visitId", v.id().toString());
		event.put("divisionCode", v.jurisdiction());
		event.put("address", (v.address() != null) ? v.address() : "");
		event.put("licenseNo", v.licenseNo());
		event.put("scanVerdict", scanVerdict);
		event.put("foundOn", today.toString());
		event.put("latitude", f.latitude());
		event.put("longitude", f.longitude());
		event.put("summary", blankToNull(f.summary()));
		return this.recordKeeper.announce(VisitStore.AGGREGATE, v.id(), "SupervisionUnlicensedSaleFound", event);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
