package cn.gov.tobacco.licensing.application;

import java.net.URI;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.ApplicationsApi;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationDto;
import cn.gov.tobacco.licensing.api.model.ApplicationPageDto;
import cn.gov.tobacco.licensing.api.model.ApplicationUpdateDto;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Callers;

@RestController
class ApplicationsController implements ApplicationsApi {

	private final ApplicationService service;

	private final IdempotencyStore idempotency;

	private final CalendarService calendars;

	ApplicationsController(ApplicationService service, IdempotencyStore idempotency, CalendarService calendars) {
		this.service = service;
		this.idempotency = idempotency;
		this.calendars = calendars;
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> createApplication(Mono<ApplicationDraftDto> body, String idempotencyKey,
			ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.idempotency.once(t.getT1().subject(), idempotencyKey, t.getT2(), ApplicationDto.class,
					() -> this.service
						.createDraft(t.getT1(), ApplicationType.valueOf(t.getT2().getType().name()),
								ApplicationDtos.details(t.getT2()), ApplicationDtos.filing(t.getT2()))
						.flatMap((a) -> dto(a, t.getT1()))))
			.map((result) -> ResponseEntity
				.created(URI.create(PATH_GET_APPLICATION.replace("{applicationId}", result.value().getId().toString())))
				.header("Idempotency-Replayed", Boolean.toString(result.replayed()))
				.body(result.value()));
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> updateApplication(UUID applicationId, Mono<ApplicationUpdateDto> body,
			ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.service
				.update(t.getT1(), applicationId, t.getT2().getVersion(), ApplicationDtos.details(draft(t.getT2())),
						ApplicationDtos.filing(draft(t.getT2())))
				.flatMap((a) -> dto(a, t.getT1())))
			.map(ResponseEntity::ok);
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> getApplication(UUID applicationId, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.service.get(caller, applicationId).flatMap((a) -> dto(a, caller)))
			.map(ResponseEntity::ok);
	}

	@Override
	public Mono<ResponseEntity<ApplicationPageDto>> listApplications(Integer limit, String cursor,
			ServerWebExchange exchange) {
		int size = KeysetCursor.limit(limit);
		KeysetCursor after = KeysetCursor.decode(cursor);
		return Callers.required()
			.flatMap((caller) -> this.service.list(caller, size, after)
				.zipWith(this.calendars.calendar())
				.map((t) -> new ApplicationPageDto()
					.items(t.getT1()
						.items()
						.stream()
						.map((a) -> ApplicationDtos.toDto(a, caller, t.getT2(), this.service.today()))
						.toList())
					.total(t.getT1().total())
					.limit(t.getT1().limit())
					.nextCursor(t.getT1().nextCursor())))
			.map(ResponseEntity::ok);
	}

	private static ApplicationDraftDto draft(ApplicationUpdateDto u) {
		return new ApplicationDraftDto().type(u.getType())
			.businessName(u.getBusinessName())
			.creditCode(u.getCreditCode())
			.creditCodeLegacy(u.getCreditCodeLegacy())
			.operatorName(u.getOperatorName())
			.operatorIdNumber(u.getOperatorIdNumber())
			.mobile(u.getMobile())
			.premises(u.getPremises())
			.businessScope(u.getBusinessScope())
			.licenseNo(u.getLicenseNo())
			.changeSubject(u.getChangeSubject())
			.suspendFrom(u.getSuspendFrom())
			.suspendUntil(u.getSuspendUntil());
	}

	private Mono<ApplicationDto> dto(Application a, Caller caller) {
		return this.calendars.calendar()
			.map((calendar) -> ApplicationDtos.toDto(a, caller, calendar, this.service.today()));
	}

}
