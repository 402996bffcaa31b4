package cn.gov.tobacco.licensing.reference;

import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.AdminApi;
import cn.gov.tobacco.licensing.api.model.BarLiftingDto;
import cn.gov.tobacco.licensing.api.model.BarStateDto;
import cn.gov.tobacco.licensing.api.model.BarredApplicantDto;
import cn.gov.tobacco.licensing.api.model.BarredApplicantPageDto;
import cn.gov.tobacco.licensing.api.model.CalendarDayDto;
import cn.gov.tobacco.licensing.api.model.CalendarDayUpdateDto;
import cn.gov.tobacco.licensing.api.model.JurisdictionSettingsDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlaceKindDto;
import cn.gov.tobacco.licensing.api.model.SensitivePlacePageDto;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.platform.calendar.CalendarDay;
import cn.gov.tobacco.platform.calendar.DayKind;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

/** Reference data maintained by ADMIN (within their subtree for settings). */
@RestController
class AdminController implements AdminApi {

	private final CalendarService calendars;

	private final ReferenceData reference;

	private final SensitivePlaces places;

	private final BarredApplicants bars;

	private final IdempotencyStore idempotency;

	AdminController(CalendarService calendars, ReferenceData reference, SensitivePlaces places, BarredApplicants bars,
			IdempotencyStore idempotency) {
		this.calendars = calendars;
		this.reference = reference;
		this.places = places;
		this.bars = bars;
		this.idempotency = idempotency;
	}

	@Override
	public Mono<ResponseEntity<CalendarDayDto>> putCalendarDay(LocalDate date, Mono<CalendarDayUpdateDto> body,
			ServerWebExchange exchange) {
		return admin().zipWith(body)
			.flatMap((t) -> this.calendars.put(
					new CalendarDay(date, DayKind.valueOf(t.getT2().getKind().name()), t.getT2().getNote()),
					t.getT1().subject()))
			.map((d) -> ResponseEntity.ok(new CalendarDayDto().date(d.date())
				.kind(CalendarDayDto.KindEnum.valueOf(d.kind().name()))
				.note(d.note())));
	}

	@Override
	public Mono<ResponseEntity<Void>> deleteCalendarDay(LocalDate date, ServerWebExchange exchange) {
		return admin().flatMap((caller) -> this.calendars.remove(date))
			.flatMap((removed) -> removed ? Mono.just(ResponseEntity.noContent().<Void>build())
					: Mono.error(ApiException.notFound("该日不在日历中", "The day is not listed")));
	}

	@Override
	public Mono<ResponseEntity<JurisdictionSettingsDto>> getJurisdictionSettings(String code,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap(Access::caseworker)
			.filter((caller) -> caller.covers(code))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("辖区不存在", "No such jurisdiction")))
			.flatMap((caller) -> this.reference.settingsFor(code))
			.map((s) -> ResponseEntity.ok(toDto(s)));
	}

	@Override
	public Mono<ResponseEntity<JurisdictionSettingsDto>> putJurisdictionSettings(String code,
			Mono<JurisdictionSettingsDto> body, ServerWebExchange exchange) {
		return admin().filter((caller) -> caller.covers(code))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("辖区不存在", "No such jurisdiction")))
			.zipWith(body)
			.flatMap((t) -> committedPromise(code, t.getT2()).zipWith(this.reference.settingsFor(code))
				.flatMap((c) -> this.reference.putSettings(code,
						new JurisdictionSettings(code, t.getT2().getName(), t.getT2().getPromiseDays(),
								t.getT2().getSchoolDistanceMetres(), t.getT2().getOutletSpacingMetres(), c.getT1(),
								instantKinds(t.getT2(), c.getT2()), instantReviewDays(t.getT2(), c.getT2())),
						t.getT1().subject())))
			.map((s) -> ResponseEntity.ok(toDto(s)));
	}

	@Override
	public Mono<ResponseEntity<SensitivePlaceDto>> createSensitivePlace(Mono<SensitivePlaceDto> body,
			String idempotencyKey, ServerWebExchange exchange) {
		return admin().zipWith(body)
			.flatMap((t) -> this.idempotency.once(t.getT1().subject(), idempotencyKey, t.getT2(),
					SensitivePlaceDto.class,
					() -> this.places
						.add(t.getT2().getKind().name(), t.getT2().getName(), t.getT2().getDivisionCode(),
								t.getT2().getLatitude(), t.getT2().getLongitude(), t.getT1().subject())
						.map(ReferenceDtos::toDto)))
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED).body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<SensitivePlacePageDto>> listSensitivePlaces(String divisionCode,
			SensitivePlaceKindDto kind, Boolean includeRemoved, Integer limit, String cursor,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.places.page(caller, ReferenceDtos.prefix(divisionCode),
					(kind != null) ? kind.name() : null, Boolean.TRUE.equals(includeRemoved), KeysetCursor.limit(limit),
					KeysetCursor.decode(cursor)))
			.map((page) -> ResponseEntity.ok(ReferenceDtos.places(page)));
	}

	@Override
	public Mono<ResponseEntity<SensitivePlaceDto>> removeSensitivePlace(UUID placeId, String reason,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.places.remove(caller, placeId, ReferenceDtos.reason(reason)))
			.map((p) -> ResponseEntity.ok(ReferenceDtos.toDto(p)));
	}

	@Override
	public Mono<ResponseEntity<BarredApplicantDto>> createBarredApplicant(Mono<BarredApplicantDto> body,
			String idempotencyKey, ServerWebExchange exchange) {
		return admin().zipWith(body)
			.flatMap((t) -> this.idempotency.once(t.getT1().subject(), idempotencyKey, t.getT2(),
					BarredApplicantDto.class,
					() -> this.bars
						.bar(t.getT2().getCreditCode(), t.getT2().getIdNumber(), t.getT2().getReason(),
								t.getT2().getBarredUntil(), t.getT1().subject())
						.map((b) -> ReferenceDtos.toDto(b, this.bars.today()))))
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED).body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<BarredApplicantPageDto>> listBarredApplicants(BarStateDto state, String creditCode,
			String idNumber, Integer limit, String cursor, ServerWebExchange exchange) {
		return admin()
			.flatMap((caller) -> this.bars.page((state != null) ? state.name() : null, creditCode, idNumber,
					KeysetCursor.limit(limit), KeysetCursor.decode(cursor)))
			.map((page) -> ResponseEntity.ok(ReferenceDtos.bars(page, this.bars.today())));
	}

	@Override
	public Mono<ResponseEntity<BarredApplicantDto>> liftBar(UUID barId, Mono<BarLiftingDto> body,
			ServerWebExchange exchange) {
		return admin().zipWith(body)
			.flatMap((t) -> this.bars.lift(t.getT1(), barId, ReferenceDtos.reason(t.getT2().getReason())))
			.map((b) -> ResponseEntity.ok(ReferenceDtos.toDto(b, this.bars.today())));
	}

	/**
	 * The committed promise to store: the one sent (at most the ordinary promise, else
	 * 400), or, left out, the one in force lowered to the ordinary promise if above it.
	 */
	private Mono<Integer> committedPromise(String code, JurisdictionSettingsDto dto) {
		Integer sent = dto.getCommittedPromiseDays();
		if (sent == null) {
			return this.reference.settingsFor(code)
				.map((current) -> Math.min(current.committedPromiseDays(), dto.getPromiseDays()));
		}
		if (sent > dto.getPromiseDays()) {
			return Mono.error(ApiException
				.validation(java.util.List.of(cn.gov.tobacco.platform.problem.FieldProblem.of("committedPromiseDays",
						"承诺制办结时限不能长于一般承诺办结时限（" + dto.getPromiseDays() + " 个工作日）",
						"must not be longer than promiseDays (" + dto.getPromiseDays() + ")"))));
		}
		return Mono.just(sent);
	}

	private static Mono<Caller> admin() {
		return Callers.required()
			.filter((caller) -> caller.has(Role.ADMIN))
			.switchIfEmpty(Mono.error(() -> new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有系统管理员可以维护参数", "Only an administrator maintains reference data"))));
	}

	/** The 秒批 kinds sent, or, left out, the ones in force. */
	private static java.util.Set<String> instantKinds(JurisdictionSettingsDto dto, JurisdictionSettings current) {
		if (dto.getInstantApproval() == null) {
			return current.instantApprovalKinds();
		}
		return dto.getInstantApproval()
			.getKinds()
			.stream()
			.map(Enum::name)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/** The review window sent, or, left out, the one in force. */
	private static int instantReviewDays(JurisdictionSettingsDto dto, JurisdictionSettings current) {
		Integer sent = (dto.getInstantApproval() != null) ? dto.getInstantApproval().getReviewDays() : null;
		return (sent != null) ? sent : current.instantReviewDays();
	}

	private static JurisdictionSettingsDto toDto(JurisdictionSettings s) {
		return new JurisdictionSettingsDto().code(s.code())
			.name(s.name())
			.promiseDays(s.promiseDays())
			.committedPromiseDays(s.committedPromiseDays())
			.schoolDistanceMetres(s.schoolDistanceMetres())
			.outletSpacingMetres(s.outletSpacingMetres())
			.instantApproval(new cn.gov.tobacco.licensing.api.model.InstantApprovalSettingsDto()
				.kinds(s.instantApprovalKinds()
					.stream()
					.sorted()
					.map(cn.gov.tobacco.licensing.api.model.InstantApprovalKindDto::valueOf)
					.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)))
				.reviewDays(s.instantReviewDays()));
	}

}
