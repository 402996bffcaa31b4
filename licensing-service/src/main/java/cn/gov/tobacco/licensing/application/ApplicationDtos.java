package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationDto;
import cn.gov.tobacco.licensing.api.model.ApplicationStateDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.ChangeSubjectDto;
import cn.gov.tobacco.licensing.api.model.DeadlinesDto;
import cn.gov.tobacco.licensing.api.model.PremisesDto;
import cn.gov.tobacco.licensing.api.model.RegistryCheckDto;
import cn.gov.tobacco.licensing.api.model.RiskDto;
import cn.gov.tobacco.licensing.api.model.SiteCheckDto;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;
import cn.gov.tobacco.platform.identifiers.ResidentIdNumber;
import cn.gov.tobacco.platform.security.Caller;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Applications to and from their API shape. */
final class ApplicationDtos {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApplicationDtos() {
	}

	static ApplicantDetails details(ApplicationDraftDto dto) {
		PremisesDto p = dto.getPremises();
		Premises premises = (p != null)
				? new Premises(trim(p.getAddress()), trim(p.getDivisionCode()), p.getLatitude(), p.getLongitude())
				: null;
		return new ApplicantDetails(trim(dto.getBusinessName()), upper(dto.getCreditCode()),
				trim(dto.getOperatorName()), upper(dto.getOperatorIdNumber()), trim(dto.getMobile()), premises,
				trim(dto.getBusinessScope()), Boolean.TRUE.equals(dto.getCreditCodeLegacy()));
	}

	static Filing filing(ApplicationDraftDto dto) {
		return new Filing(null, trim(dto.getLicenseNo()),
				(dto.getChangeSubject() != null) ? ChangeSubject.valueOf(dto.getChangeSubject().name()) : null,
				dto.getSuspendFrom(), dto.getSuspendUntil(),
				(dto.getItems() != null && !dto.getItems().isEmpty()) ? cn.gov.tobacco.licensing.license.ScopeItems
					.canonical(dto.getItems().stream().map(Enum::name).toList()) : null,
				(dto.getPremisesKind() != null) ? dto.getPremisesKind().name() : null);
	}

	static ApplicationDto toDto(Application a, Caller caller, WorkingDayCalendar calendar, LocalDate today) {
		ApplicantDetails d = a.details();
		Filing f = a.filing();
		Progress p = a.progress();
		boolean staff = !a.isOwnedBy(caller);
		String idNumber = staff ? ResidentIdNumber.mask(d.operatorIdNumber()) : d.operatorIdNumber();
		ApplicationDto dto = new ApplicationDto().id(a.id())
			.number(a.number())
			.type(ApplicationTypeDto.valueOf(a.type().name()))
			.state(ApplicationStateDto.valueOf(a.state().name()))
			.version(a.version())
			.businessName(d.businessName())
			.creditCode(d.creditCode())
			.creditCodeLegacy(d.creditCodeLegacy() ? Boolean.TRUE : null)
			.creditCodeOverride(CreditCodeCheck.toDto(a, staff))
			.operatorName(d.operatorName())
			.operatorIdNumber(idNumber)
			.mobile(d.mobile())
			.premises(new PremisesDto().address(d.premises().address())
				.divisionCode(d.premises().divisionCode())
				.latitude(d.premises().latitude())
				.longitude(d.premises().longitude()))
			.businessScope(d.businessScope())
			.licenseNo(f.licenseNo())
			.changeSubject((f.changeSubject() != null) ? ChangeSubjectDto.valueOf(f.changeSubject().name()) : null)
			.suspendFrom(f.suspendFrom())
			.suspendUntil(f.suspendUntil())
			.items((f.items() != null) ? cn.gov.tobacco.licensing.license.ScopeItems.list(f.items())
				.stream()
				.map(cn.gov.tobacco.licensing.api.model.ScopeItemDto::valueOf)
				.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)) : null)
			.premisesKind((f.premisesKind() != null)
					? cn.gov.tobacco.licensing.api.model.PremisesKindDto.valueOf(f.premisesKind()) : null)
			.bundleId(f.bundleId())
			.holder(a.holder())
			.deadlines(new DeadlinesDto().submittedOn(p.submittedOn)
				.acceptanceDue(p.acceptanceDue)
				.acceptedOn(p.acceptedOn)
				.decisionDue(p.decisionDue)
				.promiseDue(p.promiseDue)
				.promiseCommitted((p.promiseDue != null) ? p.promiseCommitted : null)
				.currentDue(p.currentDue)
				.risk(RiskDto.valueOf(Risk.of(a.state(), p.currentDue, today, calendar).name()))
				.extended(p.extensionReason != null)
				.extensionReason(p.extensionReason)
				.paused(a.state() == ApplicationState.CORRECTION_REQUESTED)
				.provisional(p.calendarAssumed)
				.calendarAssumed(p.calendarAssumed))
			.correctionItems(items(p.correctionItems))
			.outcomeReason(p.outcomeReason)
			.createdAt(a.createdAt().atOffset(ZoneOffset.UTC))
			.updatedAt(a.updatedAt().atOffset(ZoneOffset.UTC));
		if (p.registryStatus != null) {
			dto.registryCheck(new RegistryCheckDto().status(RegistryCheckDto.StatusEnum.valueOf(p.registryStatus))
				.attempts(p.registryAttempts)
				.detail(p.registryDetail));
		}
		if (p.instantRule != null) {
			dto.instantDecision(new cn.gov.tobacco.licensing.api.model.InstantDecisionDto().rule(p.instantRule)
				.reasons(items(p.instantReasons))
				.reviewUntil(p.instantReviewUntil)
				.revokedAt((p.instantRevokedAt != null) ? p.instantRevokedAt.atOffset(ZoneOffset.UTC) : null)
				.revokedBy(p.instantRevokedBy)
				.revokedReason(p.instantRevokedReason));
		}
		if (p.assignee != null) {
			dto.siteCheck(new SiteCheckDto().inspector(p.assignee).findings(p.siteFindings).passed(p.sitePassed));
		}
		return dto;
	}

	static List<String> items(String json) {
		return (json != null) ? JSON.readValue(json, new TypeReference<List<String>>() {
		}) : null;
	}

	static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String upper(String value) {
		String trimmed = trim(value);
		return (trimmed != null) ? trimmed.toUpperCase(Locale.ROOT) : null;
	}

}
