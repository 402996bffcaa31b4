package cn.gov.tobacco.licensing.supervision;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import cn.gov.tobacco.licensing.api.model.CheckAnswerDto;
import cn.gov.tobacco.licensing.api.model.ChecklistAnswerDto;
import cn.gov.tobacco.licensing.api.model.ChecklistItemDto;
import cn.gov.tobacco.licensing.api.model.CreditGradeDto;
import cn.gov.tobacco.licensing.api.model.FindingsDto;
import cn.gov.tobacco.licensing.api.model.GeoLocationDto;
import cn.gov.tobacco.licensing.api.model.InspectionHistoryItemDto;
import cn.gov.tobacco.licensing.api.model.InspectionPlanDto;
import cn.gov.tobacco.licensing.api.model.InspectionReasonDto;
import cn.gov.tobacco.licensing.api.model.InspectionVisitDetailDto;
import cn.gov.tobacco.licensing.api.model.InspectionVisitDto;
import cn.gov.tobacco.licensing.api.model.InspectionVisitKindDto;
import cn.gov.tobacco.licensing.api.model.InspectionVisitStateDto;
import cn.gov.tobacco.licensing.api.model.LicenseStatusDto;
import cn.gov.tobacco.licensing.api.model.OpenItemsDto;
import cn.gov.tobacco.licensing.api.model.PenaltyDto;
import cn.gov.tobacco.licensing.api.model.PenaltyStateDto;
import cn.gov.tobacco.licensing.api.model.RectificationDto;
import cn.gov.tobacco.licensing.api.model.RectificationStateDto;
import cn.gov.tobacco.licensing.api.model.ScanResultDto;
import cn.gov.tobacco.licensing.api.model.ScanVerdictDto;
import cn.gov.tobacco.licensing.api.model.ScannedLicenseDto;
import cn.gov.tobacco.licensing.api.model.ScopeItemDto;
import cn.gov.tobacco.licensing.api.model.SupervisionWarningDto;
import cn.gov.tobacco.licensing.api.model.VisitPhotoDto;
import cn.gov.tobacco.licensing.api.model.VisitPhotoKindDto;
import cn.gov.tobacco.licensing.api.model.VisitResultDto;
import cn.gov.tobacco.licensing.api.model.WarningKindDto;
import cn.gov.tobacco.licensing.api.model.WarningStateDto;
import cn.gov.tobacco.licensing.license.ScopeItems;

/** Supervision's answers as the contract's DTOs, in the reader's language. */
final class SupervisionDtos {

	private SupervisionDtos() {
	}

	static OffsetDateTime utc(Instant at) {
		return (at != null) ? at.atOffset(ZoneOffset.UTC) : null;
	}

	static InspectionVisitDto visit(Visit v) {
		return new InspectionVisitDto().id(v.id())
			.planId(v.planId())
			.month(v.month().toString())
			.licenseNumber(v.licenseNo())
			.businessName(v.businessName())
			.address(v.address())
			.jurisdiction(v.jurisdiction())
			.kind(InspectionVisitKindDto.fromValue(v.kind()))
			.grade((v.grade() != null) ? CreditGradeDto.fromValue(v.grade()) : null)
			.reasons(v.reasons().stream().map(InspectionReasonDto::fromValue).toList())
			.inspector(v.inspector())
			.dueOn(v.dueOn())
			.state(InspectionVisitStateDto.fromValue(v.state()))
			.result((v.result() != null) ? VisitResultDto.fromValue(v.result()) : null)
			.recordedAt(utc(v.recordedAt()))
			.scanVerdict((v.scanVerdict() != null) ? ScanVerdictDto.fromValue(v.scanVerdict()) : null)
			.penalty((v.penalty() != null) ? PenaltyStateDto.fromValue(v.penalty()) : null)
			.rectificationId(v.rectificationId());
	}

	static List<ChecklistItemDto> items(List<Checklists.Item> items, Locale language) {
		return items.stream().map((i) -> new ChecklistItemDto().code(i.code()).label(i.label().in(language))).toList();
	}

	static ScanResultDto scan(Scans.Scan s, Locale language) {
		Verdicts.Verdict v = s.verdict();
		ScanResultDto dto = new ScanResultDto().licenseNumber(v.number())
			.verdict(ScanVerdictDto.fromValue(v.verdict()))
			.verdictReason(v.reason().in(language))
			.checklist(items(s.checklist(), language));
		if (s.inScope() && v.license() != null) {
			Verdicts.LicenseFacts l = v.license();
			dto.license(new ScannedLicenseDto().number(l.number())
				.status(LicenseStatusDto.fromValue(l.status()))
				.businessName(l.businessName())
				.address(l.address())
				.jurisdiction(l.jurisdiction())
				.items(ScopeItems.list(l.items()).stream().map(ScopeItemDto::fromValue).toList())
				.validFrom(l.validFrom())
				.validUntil(l.validUntil()))
				.grade(CreditGradeDto.fromValue(s.grade()))
				.openItems(new OpenItemsDto().openRectifications(s.openItems().openRectifications())
					.pendingPostVerifications(s.openItems().pendingPostVerifications())
					.substantiatedReports90Days(s.openItems().substantiatedReports90Days())
					.pendingPenalties(s.openItems().pendingPenalties()))
				.visit((s.visit() != null) ? visit(s.visit()) : null);
		}
		return dto;
	}

	static VisitPhotoDto photo(VisitPhotos.Photo p) {
		return new VisitPhotoDto().id(p.id())
			.visitId(p.visitId())
			.kind(VisitPhotoKindDto.fromValue(p.kind()))
			.contentType(p.contentType())
			.size(p.size())
			.sha256(p.sha256())
			.uploadedAt(utc(p.uploadedAt()))
			.uploadedBy(p.uploadedBy());
	}

	static RectificationDto rectification(Rectifications.Rectification r, Locale language) {
		return new RectificationDto().id(r.id())
			.visitId(r.visitId())
			.licenseNumber(r.licenseNo())
			.businessName(r.businessName())
			.jurisdiction(r.jurisdiction())
			.failedItems(items(Checklists.items(r.failedItems()), language))
			.openedOn(r.openedOn())
			.dueOn(r.dueOn())
			.workingDays(r.workingDays())
			.state(RectificationStateDto.fromValue(r.state()))
			.reinspectionVisitId(r.reinspectionVisitId())
			.closedOn(r.closedOn());
	}

	static InspectionVisitDetailDto detail(VisitDetails.Detail d, Locale language) {
		InspectionVisitDetailDto dto = new InspectionVisitDetailDto().visit(visit(d.visit()))
			.checklist(items(d.checklist(), language))
			.photos(d.photos().stream().map(SupervisionDtos::photo).toList());
		VisitDetails.Recorded f = d.findings();
		if (f != null && d.visit().result() != null) {
			dto.findings(new FindingsDto().result(VisitResultDto.fromValue(d.visit().result()))
				.checklist(f.checklist()
					.stream()
					.map((a) -> new ChecklistAnswerDto().item(a.item())
						.answer(CheckAnswerDto.fromValue(a.answer()))
						.note(a.note()))
					.toList())
				.location(new GeoLocationDto().latitude(f.latitude()).longitude(f.longitude()).accuracy(f.accuracy()))
				.photos(d.photos().stream().map(SupervisionDtos::photo).toList())
				.signaturePhotoId(f.signaturePhotoId())
				.signatureRefusal(f.signatureRefusal())
				.scannedCode(f.scannedCode())
				.scanVerdict(
						(d.visit().scanVerdict() != null) ? ScanVerdictDto.fromValue(d.visit().scanVerdict()) : null)
				.summary(f.summary())
				.internalNote(f.internalNote())
				.recordedAt(utc(d.visit().recordedAt()))
				.recordedBy(f.recordedBy()));
		}
		if (d.rectification() != null) {
			dto.rectification(rectification(d.rectification(), language));
		}
		if (d.penalty() != null) {
			dto.penalty(new PenaltyDto().state(PenaltyStateDto.fromValue(d.penalty().state()))
				.reason(d.penalty().reason())
				.decidedBy(d.penalty().decidedBy())
				.decidedAt(utc(d.penalty().decidedAt()))
				.creditRecordId(d.penalty().creditRecordId()));
		}
		return dto;
	}

	static SupervisionWarningDto warning(Warnings.Warning w, Locale language) {
		return new SupervisionWarningDto().id(w.id())
			.kind(WarningKindDto.fromValue(w.kind()))
			.state(WarningStateDto.fromValue(w.state()))
			.jurisdiction(w.jurisdiction())
			.licenseNumber(w.licenseNo())
			.businessName(w.businessName())
			.reason(w.reason().in(language))
			.link(w.link())
			.raisedOn(w.raisedOn())
			.closureReason(w.closureReason())
			.closedBy(w.closedBy())
			.closedAt(utc(w.closedAt()))
			.visitId(w.visitId());
	}

	static InspectionHistoryItemDto history(InspectionHistory.Item i, Locale language) {
		return new InspectionHistoryItemDto().visitId(i.visitId())
			.visitedOn(i.visitedOn())
			.kind(InspectionVisitKindDto.fromValue(i.kind()))
			.result(VisitResultDto.fromValue(i.result()))
			.failedItems(items(Checklists.items(i.failedItems()), language))
			.summary(i.summary())
			.rectificationDueOn(i.rectificationDueOn())
			.rectificationState(
					(i.rectificationState() != null) ? RectificationStateDto.fromValue(i.rectificationState()) : null)
			.penalty((i.penalty() != null) ? PenaltyStateDto.fromValue(i.penalty()) : null);
	}

	static InspectionPlanDto plan(InspectionPlans.Plan p) {
		return new InspectionPlanDto().id(p.id())
			.jurisdiction(p.jurisdiction())
			.month(p.month().toString())
			.seed(p.seed())
			.randomShare(p.randomShare())
			.activeLicenses(p.activeLicenses())
			.visits(p.visits())
			.byKind(p.byKind())
			.byGrade(p.byGrade())
			.generatedAt(p.generatedAt().atOffset(ZoneOffset.UTC))
			.generatedBy(p.generatedBy())
			.publishedAt(utc(p.publishedAt()))
			.publishedBy(p.publishedBy());
	}

}
