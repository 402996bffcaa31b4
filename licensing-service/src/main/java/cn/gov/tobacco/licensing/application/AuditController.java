package cn.gov.tobacco.licensing.application;

import java.time.ZoneOffset;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.AuditApi;
import cn.gov.tobacco.licensing.api.model.AuditEntryDto;
import cn.gov.tobacco.licensing.api.model.ChainVerificationDto;
import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.audit.AuditEntry;
import cn.gov.tobacco.platform.audit.ChainVerification;
import cn.gov.tobacco.platform.security.Callers;

/** An application's audit chain and its verification, for whoever may see it. */
@RestController
class AuditController implements AuditApi {

	private final ApplicationService applications;

	private final AuditChain chain;

	AuditController(ApplicationService applications, AuditChain chain) {
		this.applications = applications;
		this.chain = chain;
	}

	@Override
	public Mono<ResponseEntity<Flux<AuditEntryDto>>> getApplicationAudit(UUID applicationId,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.applications.get(caller, applicationId))
			.map((a) -> ResponseEntity
				.ok(this.chain.entries(ApplicationRecords.AGGREGATE, a.id()).map(AuditController::toDto)));
	}

	@Override
	public Mono<ResponseEntity<ChainVerificationDto>> verifyApplicationAudit(UUID applicationId,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.applications.get(caller, applicationId))
			.flatMap((a) -> this.chain.verify(ApplicationRecords.AGGREGATE, a.id()))
			.map((v) -> ResponseEntity.ok(toDto(v)));
	}

	static ChainVerificationDto toDto(ChainVerification v) {
		return new ChainVerificationDto().intact(v.intact())
			.entries(v.entries())
			.firstBrokenSeq(v.firstBrokenSeq())
			.headHash(v.headHash());
	}

	static AuditEntryDto toDto(AuditEntry e) {
		return new AuditEntryDto().seq(e.seq())
			.action(e.action())
			.actor(e.actor())
			.detail(e.detail())
			.at(e.at().atOffset(ZoneOffset.UTC))
			.prevHash(e.prevHash())
			.hash(e.hash());
	}

}
