package cn.gov.tobacco.licensing.license;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.LicensesApi;
import cn.gov.tobacco.licensing.api.model.ChainVerificationDto;
import cn.gov.tobacco.licensing.api.model.LicenseDto;
import cn.gov.tobacco.licensing.api.model.LicensePageDto;
import cn.gov.tobacco.licensing.api.model.LicenseStatusDto;
import cn.gov.tobacco.licensing.api.model.PremisesDto;
import cn.gov.tobacco.licensing.api.model.RevocationRequestDto;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.reference.ReferenceData;
import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

@RestController
class LicensesController implements LicensesApi {

	private final Licenses licenses;

	private final AuditChain chain;

	private final ReferenceData reference;

	private final TransactionalOperator tx;

	private final CertificateRenderer renderer;

	LicensesController(Licenses licenses, AuditChain chain, ReferenceData reference, TransactionalOperator tx,
			CertificateProperties certificate, @Value("${licensing.public-base-url}") String publicBaseUrl,
			BureauClock time) {
		this.licenses = licenses;
		this.chain = chain;
		this.reference = reference;
		this.tx = tx;
		this.renderer = new CertificateRenderer(certificate, publicBaseUrl, time);
	}

	@Override
	public Mono<ResponseEntity<LicensePageDto>> listLicenses(Integer limit, String cursor, ServerWebExchange exchange) {
		int size = KeysetCursor.limit(limit);
		KeysetCursor after = KeysetCursor.decode(cursor);
		return Callers.required()
			.flatMap((caller) -> this.licenses.visiblePage(caller, size, after))
			.map((page) -> ResponseEntity.ok(new LicensePageDto().items(page.map(LicensesController::toDto).items())
				.total(page.total())
				.limit(page.limit())
				.nextCursor(page.nextCursor())));
	}

	@Override
	public Mono<ResponseEntity<LicenseDto>> getLicense(String licenseNo, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.licenses.visibleTo(caller, licenseNo))
			.map((l) -> ResponseEntity.ok(toDto(l)));
	}

	/** Rendering is CPU and font-file work: it runs off the event loop. */
	@Override
	public Mono<ResponseEntity<Resource>> getLicenseCertificate(String licenseNo, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.licenses.visibleTo(caller, licenseNo))
			.publishOn(Schedulers.boundedElastic())
			.map((l) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.headers((h) -> h.setContentDisposition(
						ContentDisposition.inline().filename("license-" + l.number() + ".pdf").build()))
				.body((Resource) new ByteArrayResource(this.renderer.render(l))));
	}

	@Override
	public Mono<ResponseEntity<LicenseDto>> revokeLicense(String licenseNo, Mono<RevocationRequestDto> body,
			ServerWebExchange exchange) {
		return Callers.required().zipWith(body).flatMap((t) -> {
			if (!t.getT1().has(Role.APPROVER)) {
				return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
						Text.of("只有审批人可以撤销许可证", "Only an approver revokes a license")));
			}
			return this.licenses.visibleTo(t.getT1(), licenseNo).flatMap((l) -> {
				if (l.status() == LicenseStatus.REVOKED || l.status() == LicenseStatus.CLOSED) {
					return Mono.error(ApiException.illegalTransition(l.status().name(), "REVOKE"));
				}
				Mono<License> revoked = this.licenses.setStatus(l, LicenseStatus.REVOKED, t.getT1().subject(),
						t.getT2().getReason());
				Mono<?> bar = Boolean.TRUE.equals(t.getT2().getFraud()) ? this.reference.bar(l.holder().creditCode(),
						l.holder().operatorIdNumber(), "以欺骗手段取得许可被撤销：" + t.getT2().getReason(),
						this.licenses.today().plusYears(3), t.getT1().subject()) : Mono.empty();
				return revoked.flatMap((r) -> bar.thenReturn(r)).as(this.tx::transactional);
			});
		}).map((l) -> ResponseEntity.ok(toDto(l)));
	}

	@Override
	public Mono<ResponseEntity<ChainVerificationDto>> verifyLicenseAudit(String licenseNo, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.licenses.visibleTo(caller, licenseNo))
			.flatMap((l) -> this.chain.verify(Licenses.AGGREGATE, l.id()))
			.map((v) -> ResponseEntity.ok(new ChainVerificationDto().intact(v.intact())
				.entries(v.entries())
				.firstBrokenSeq(v.firstBrokenSeq())
				.headHash(v.headHash())));
	}

	static LicenseDto toDto(License l) {
		License.Holder h = l.holder();
		return new LicenseDto().number(l.number())
			.status(LicenseStatusDto.valueOf(l.status().name()))
			.businessName(h.businessName())
			.creditCode(h.creditCode())
			.operatorName(h.operatorName())
			.premises(new PremisesDto().address(h.address())
				.divisionCode(h.division())
				.latitude(h.latitude())
				.longitude(h.longitude()))
			.businessScope(l.scope())
			.items(ScopeItems.list(l.items())
				.stream()
				.map(cn.gov.tobacco.licensing.api.model.ScopeItemDto::valueOf)
				.toList())
			.validFrom(l.validFrom())
			.validUntil(l.validUntil())
			.suspendedUntil(l.suspendedUntil())
			.version(l.version());
	}

}
