package cn.gov.tobacco.licensing.application;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.ApplicationsApi;
import cn.gov.tobacco.licensing.api.model.ApplicationDraftDto;
import cn.gov.tobacco.licensing.api.model.ApplicationDto;
import cn.gov.tobacco.licensing.api.model.ApplicationPageDto;
import cn.gov.tobacco.licensing.api.model.ApplicationStateDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.PremisesDto;
import cn.gov.tobacco.platform.identifiers.ResidentIdNumber;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Callers;

@RestController
class ApplicationsController implements ApplicationsApi {

	private final ApplicationService service;

	private final IdempotencyStore idempotency;

	ApplicationsController(ApplicationService service, IdempotencyStore idempotency) {
		this.service = service;
		this.idempotency = idempotency;
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> createApplication(Mono<ApplicationDraftDto> body, String idempotencyKey,
			ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.idempotency.once(t.getT1().subject(), idempotencyKey, t.getT2(), ApplicationDto.class,
					() -> this.service
						.createDraft(t.getT1(), ApplicationType.valueOf(t.getT2().getType().name()), details(t.getT2()))
						.map((a) -> toDto(a, t.getT1()))))
			.map((result) -> ResponseEntity
				.created(URI.create(PATH_GET_APPLICATION.replace("{applicationId}", result.value().getId().toString())))
				.header("Idempotency-Replayed", Boolean.toString(result.replayed()))
				.body(result.value()));
	}

	@Override
	public Mono<ResponseEntity<ApplicationDto>> getApplication(UUID applicationId, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.service.get(caller, applicationId).map((a) -> toDto(a, caller)))
			.map(ResponseEntity::ok);
	}

	@Override
	public Mono<ResponseEntity<ApplicationPageDto>> listApplications(Integer limit, String cursor,
			ServerWebExchange exchange) {
		int size = KeysetCursor.limit(limit);
		KeysetCursor after = KeysetCursor.decode(cursor);
		return Callers.required()
			.flatMap((caller) -> this.service.list(caller, size, after)
				.map((page) -> new ApplicationPageDto()
					.items(page.items().stream().map((a) -> toDto(a, caller)).toList())
					.total(page.total())
					.limit(page.limit())
					.nextCursor(page.nextCursor())))
			.map(ResponseEntity::ok);
	}

	private static ApplicantDetails details(ApplicationDraftDto dto) {
		PremisesDto p = dto.getPremises();
		Premises premises = (p != null)
				? new Premises(trim(p.getAddress()), trim(p.getDivisionCode()), p.getLatitude(), p.getLongitude())
				: null;
		return new ApplicantDetails(trim(dto.getBusinessName()), upper(dto.getCreditCode()),
				trim(dto.getOperatorName()), upper(dto.getOperatorIdNumber()), trim(dto.getMobile()), premises);
	}

	static ApplicationDto toDto(Application a, Caller caller) {
		ApplicantDetails d = a.details();
		String idNumber = a.isOwnedBy(caller) ? d.operatorIdNumber() : ResidentIdNumber.mask(d.operatorIdNumber());
		return new ApplicationDto().id(a.id())
			.number(a.number())
			.type(ApplicationTypeDto.valueOf(a.type().name()))
			.state(ApplicationStateDto.valueOf(a.state().name()))
			.version(a.version())
			.businessName(d.businessName())
			.creditCode(d.creditCode())
			.operatorName(d.operatorName())
			.operatorIdNumber(idNumber)
			.mobile(d.mobile())
			.premises(new PremisesDto().address(d.premises().address())
				.divisionCode(d.premises().divisionCode())
				.latitude(d.premises().latitude())
				.longitude(d.premises().longitude()))
			.createdAt(a.createdAt().atOffset(ZoneOffset.UTC))
			.updatedAt(a.updatedAt().atOffset(ZoneOffset.UTC));
	}

	private static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String upper(String value) {
		String trimmed = trim(value);
		return (trimmed != null) ? trimmed.toUpperCase(java.util.Locale.ROOT) : null;
	}

}
