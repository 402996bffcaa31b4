package cn.gov.tobacco.licensing.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import cn.gov.tobacco.licensing.api.model.BarStateDto;
import cn.gov.tobacco.licensing.api.model.BarredApplicantDto;
import cn.gov.tobacco.licensing.api.model.BarredApplicantPageDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceKindDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlacePageDto;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;

/** Maps places and bars to the API's DTOs. */
final class ReferenceDtos {

	private ReferenceDtos() {
	}

	static SensitivePlaceDto toDto(SensitivePlace p) {
		return new SensitivePlaceDto().id(p.id())
			.kind(SensitivePlaceKindDto.valueOf(p.kind()))
			.name(p.name())
			.divisionCode(p.division())
			.latitude(p.latitude())
			.longitude(p.longitude())
			.createdBy(p.createdBy())
			.createdAt(utc(p.createdAt()))
			.removedAt(utc(p.removedAt()))
			.removedBy(p.removedBy())
			.removalReason(p.removalReason());
	}

	static SensitivePlacePageDto places(Page<SensitivePlace> page) {
		return new SensitivePlacePageDto().items(page.items().stream().map(ReferenceDtos::toDto).toList())
			.total(page.total())
			.limit(page.limit())
			.nextCursor(page.nextCursor());
	}

	static BarredApplicantDto toDto(Bar b, LocalDate today) {
		return new BarredApplicantDto().id(b.id())
			.creditCode(b.creditCode())
			.idNumber(b.idNumber())
			.reason(b.reason())
			.barredUntil(b.barredUntil())
			.state(BarStateDto.valueOf(b.stateOn(today).name()))
			.createdBy(b.createdBy())
			.createdAt(utc(b.createdAt()))
			.liftedAt(utc(b.liftedAt()))
			.liftedBy(b.liftedBy())
			.liftReason(b.liftReason());
	}

	static BarredApplicantPageDto bars(Page<Bar> page, LocalDate today) {
		return new BarredApplicantPageDto().items(page.items().stream().map((b) -> toDto(b, today)).toList())
			.total(page.total())
			.limit(page.limit())
			.nextCursor(page.nextCursor());
	}

	/** A reason as stored: stripped, and not blank (else 400 on {@code reason}). */
	static String reason(String sent) {
		String reason = (sent != null) ? sent.strip() : "";
		if (reason.isEmpty() || reason.length() > 300) {
			throw ApiException.validation(List
				.of(FieldProblem.of("reason", "请填写理由（300 字以内）", "a reason of at most 300 characters is required")));
		}
		return reason;
	}

	/**
	 * A division-code prefix filter: 1 to 6 digits (else 400 on {@code divisionCode}).
	 */
	static String prefix(String sent) {
		if (sent != null && !sent.matches("\\d{1,6}")) {
			throw ApiException.validation(List.of(FieldProblem.of("divisionCode", "行政区划代码前缀须为 1 到 6 位数字",
					"must be 1 to 6 digits of a division code")));
		}
		return sent;
	}

	private static OffsetDateTime utc(Instant at) {
		return (at != null) ? at.atOffset(ZoneOffset.UTC) : null;
	}

}
