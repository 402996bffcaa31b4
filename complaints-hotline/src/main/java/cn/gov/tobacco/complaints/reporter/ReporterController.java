package cn.gov.tobacco.complaints.reporter;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.ReporterApi;
import cn.gov.tobacco.complaints.api.model.ReporterContactDto;
import cn.gov.tobacco.complaints.audit.AuditTrail;
import cn.gov.tobacco.complaints.cases.CaseRepository;
import cn.gov.tobacco.complaints.cases.StaffAccess;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Role;

/**
 * Reveals reporter contact data to a supervisor holding the explicit permission; the read
 * itself goes into the case's audit chain, in the same transaction, before any data
 * leaves.
 */
@RestController
class ReporterController implements ReporterApi {

	static final String PERMISSION = "complaints:reporter-data:read";

	private final CaseRepository cases;

	private final ReporterRepository reporters;

	private final ReporterCipher cipher;

	private final AuditTrail audit;

	private final TransactionalOperator tx;

	ReporterController(CaseRepository cases, ReporterRepository reporters, ReporterCipher cipher, AuditTrail audit,
			TransactionalOperator tx) {
		this.cases = cases;
		this.reporters = reporters;
		this.cipher = cipher;
		this.audit = audit;
		this.tx = tx;
	}

	@Override
	public Mono<ResponseEntity<ReporterContactDto>> revealReporter(UUID caseId, ServerWebExchange exchange) {
		return StaffAccess.require(Role.SUPERVISOR).flatMap((caller) -> {
			if (!caller.hasPermission(PERMISSION)) {
				return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
						Text.of("查看举报人信息需要专门授权", "Reading reporter data needs an explicit permission")));
			}
			return StaffAccess.visible(caller, this.cases.findById(caseId))
				.flatMap((row) -> this.reporters.contactForUpdate(row.id())
					.map((sealed) -> new ReporterContactDto().name(this.cipher.decrypt(sealed.name()))
						.phone(this.cipher.decrypt(sealed.phone()))
						.idNumber(this.cipher.decrypt(sealed.idNumber())))
					.flatMap((contact) -> this.audit
						.append(row.id(), "REPORTER_DATA_READ", caller.subject(), "permission=" + PERMISSION)
						.thenReturn(contact)))
				.as(this.tx::transactional);
		}).map(ResponseEntity::ok);
	}

}
