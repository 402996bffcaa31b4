package cn.gov.tobacco.complaints.intake;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.CallsApi;
import cn.gov.tobacco.complaints.api.model.FiledReportDto;
import cn.gov.tobacco.complaints.api.model.NewCallDto;
import cn.gov.tobacco.complaints.cases.CaseKind;
import cn.gov.tobacco.complaints.cases.Channel;
import cn.gov.tobacco.complaints.cases.StaffAccess;
import cn.gov.tobacco.complaints.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.security.Role;

/**
 * A hotline agent logs a call: the caller's number is reporter data, encrypted and masked
 * like any other.
 */
@RestController
class CallsController implements CallsApi {

	private final IntakeService intake;

	private final IdempotencyStore idempotency;

	private final JsonMapper json;

	CallsController(IntakeService intake, IdempotencyStore idempotency, JsonMapper json) {
		this.intake = intake;
		this.idempotency = idempotency;
		this.json = json;
	}

	@Override
	public Mono<ResponseEntity<FiledReportDto>> logCall(Mono<NewCallDto> body, String idempotencyKey,
			ServerWebExchange exchange) {
		return StaffAccess.require(Role.HOTLINE_AGENT).flatMap((agent) -> body.flatMap((call) -> {
			IntakeCommand command = new IntakeCommand(CaseKind.valueOf(call.getKind().getValue()), Channel.PHONE,
					call.getCategory(), call.getAddress().getDivisionCode(), call.getAddress().getDetail(),
					call.getRetailerName(), call.getDescription(), call.getCallerName(), call.getCallerNumber(),
					call.getCallerIdNumber(), null, agent.subject(), null);
			String fingerprint = IdempotencyStore.sha256(new String(this.json.writeValueAsBytes(call)));
			return this.idempotency.once(agent.subject(), idempotencyKey, fingerprint, Filed.class,
					() -> this.intake.file(command, null));
		}))
			.map((result) -> ResponseEntity.status(HttpStatus.CREATED)
				.body(PublicReportsController.toDto(result.value())));
	}

}
