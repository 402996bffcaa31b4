package cn.gov.tobacco.licensing.creditrepair;

import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.CreditRepairApi;
import cn.gov.tobacco.licensing.api.model.CreditRepairDecisionDto;
import cn.gov.tobacco.licensing.api.model.CreditRepairDto;
import cn.gov.tobacco.licensing.api.model.CreditRepairPageDto;
import cn.gov.tobacco.licensing.api.model.CreditRepairRequestDto;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.security.Callers;

@RestController
class CreditRepairController implements CreditRepairApi {

	private final CreditRepairs repairs;

	private final CreditRepairQueries queries;

	private final IdempotencyStore idempotency;

	CreditRepairController(CreditRepairs repairs, CreditRepairQueries queries, IdempotencyStore idempotency) {
		this.repairs = repairs;
		this.queries = queries;
		this.idempotency = idempotency;
	}

	@Override
	public Mono<ResponseEntity<CreditRepairDto>> requestCreditRepair(UUID recordId, Mono<CreditRepairRequestDto> body,
			String idempotencyKey, ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.idempotency.once(t.getT1().subject(), idempotencyKey,
					java.util.List.of(recordId.toString(), t.getT2()), CreditRepairDto.class,
					() -> this.repairs.request(t.getT1(), recordId, t.getT2().getReason())
						.map(CreditRepairController::toDto)))
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	@Override
	public Mono<ResponseEntity<CreditRepairDto>> decideCreditRepair(UUID repairId, Mono<CreditRepairDecisionDto> body,
			ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.repairs.decide(t.getT1(), repairId, t.getT2().getGranted(), t.getT2().getReason()))
			.map((r) -> ResponseEntity.ok(toDto(r)));
	}

	@Override
	public Mono<ResponseEntity<CreditRepairPageDto>> listCreditRepairs(Integer limit, String cursor, String status,
			ServerWebExchange exchange) {
		int size = KeysetCursor.limit(limit);
		KeysetCursor after = KeysetCursor.decode(cursor);
		return Callers.required()
			.flatMap((caller) -> this.queries.page(caller, status, size, after))
			.map((page) -> ResponseEntity
				.ok(new CreditRepairPageDto().items(page.items().stream().map(CreditRepairController::toDto).toList())
					.total(page.total())
					.limit(page.limit())
					.nextCursor(page.nextCursor())));
	}

	private static CreditRepairDto toDto(CreditRepairQueries.Listed l) {
		return toDto(l.repair()).subject(l.creditCode())
			.businessName(l.businessName())
			.recordKind(l.recordKind())
			.jurisdiction(l.jurisdiction());
	}

	private static CreditRepairDto toDto(CreditRepairs.Repair r) {
		return new CreditRepairDto().id(r.id())
			.recordId(r.recordId())
			.reason(r.reason())
			.status(CreditRepairDto.StatusEnum.valueOf(r.status()))
			.requestedAt(r.requestedAt().atOffset(ZoneOffset.UTC))
			.decidedAt((r.decidedAt() != null) ? r.decidedAt().atOffset(ZoneOffset.UTC) : null)
			.decision(r.decision())
			.retailer(r.subject());
	}

}
