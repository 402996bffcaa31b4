package cn.gov.tobacco.licensing.credit;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.CreditApi;
import cn.gov.tobacco.licensing.api.model.CreditEventDto;
import cn.gov.tobacco.licensing.api.model.CreditProfileDto;
import cn.gov.tobacco.licensing.api.model.CreditRecordDto;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Callers;

@RestController
class CreditController implements CreditApi {

	private final CreditService credit;

	CreditController(CreditService credit) {
		this.credit = credit;
	}

	@Override
	public Mono<ResponseEntity<CreditProfileDto>> getOwnCreditProfile(ServerWebExchange exchange) {
		return Callers.required().flatMap(this.credit::own).map((p) -> profile(p, exchange));
	}

	@Override
	public Mono<ResponseEntity<CreditProfileDto>> getCreditProfile(String subject, ServerWebExchange exchange) {
		return Callers.required().flatMap((caller) -> this.credit.of(caller, subject)).map((p) -> profile(p, exchange));
	}

	/** A profile in the reader's language (the rule and the records' reasons). */
	private static ResponseEntity<CreditProfileDto> profile(CreditService.Profile p, ServerWebExchange exchange) {
		java.util.Locale language = Text.language(exchange);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(CreditDtos.toDto(p, language));
	}

	@Override
	public Mono<ResponseEntity<CreditRecordDto>> receiveCreditEvent(Mono<CreditEventDto> body,
			ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.credit.receive(t.getT1(),
					new CreditService.Event(t.getT2().getEventId(),
							CreditRecord.Kind.valueOf(t.getT2().getKind().getValue()), t.getT2().getLicenseNo(),
							t.getT2().getReason(), t.getT2().getOccurredOn(), t.getT2().getReasonEn(),
							t.getT2().getCategory())))
			.map((w) -> ResponseEntity.status(w.created() ? HttpStatus.CREATED : HttpStatus.OK)
				.body(CreditDtos.toDto(w.record(), null, Text.language(exchange))));
	}

}
