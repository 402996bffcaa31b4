package cn.gov.tobacco.licensing.commitments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.application.Application;
import cn.gov.tobacco.licensing.application.ApplicationService;
import cn.gov.tobacco.licensing.application.ApplicationState;
import cn.gov.tobacco.licensing.application.CommittedPromise;
import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.credit.CreditRecords;
import cn.gov.tobacco.licensing.reference.ReferenceData;
import cn.gov.tobacco.platform.identifiers.ResidentIdNumber;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * Signing and withdrawing commitments. A commitment is signed only by the retailer who
 * owns the application, while it is a draft or under correction; the application row is
 * locked in the transaction so the state cannot move underneath. Every change is one
 * audit entry in the commitment's own chain and one outbox event.
 */
@Service
class Commitments {

	static final String AGGREGATE = "commitment";

	private static final List<ApplicationState> SIGNABLE = List.of(ApplicationState.DRAFT,
			ApplicationState.CORRECTION_REQUESTED);

	private static final List<ApplicationState> DECIDED = List.of(ApplicationState.APPROVED, ApplicationState.REFUSED,
			ApplicationState.WITHDRAWN);

	private static final String COLUMNS = "id, application_id, template_code, template_version, text_sha256, "
			+ "signer_name, signer_id_number, signed_by, signed_at, status, withdrawn_at";

	private final DatabaseClient db;

	private final ApplicationService applications;

	private final Templates templates;

	private final CreditRecords records;

	private final ReferenceData reference;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	private final BureauClock time;

	private final CommittedPromise promise;

	Commitments(DatabaseClient db, ApplicationService applications, Templates templates, CreditRecords records,
			ReferenceData reference, RecordKeeper recordKeeper, TransactionalOperator tx, BureauClock time,
			CommittedPromise promise) {
		this.promise = promise;
		this.db = db;
		this.applications = applications;
		this.templates = templates;
		this.records = records;
		this.reference = reference;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
		this.time = time;
	}

	/** What the retailer sends. */
	record Signature(String templateCode, int templateVersion, String textSha256, String signerName,
			String signerIdNumber) {
	}

	Mono<Commitment> sign(Caller caller, UUID applicationId, Signature s) {
		Instant now = this.time.now();
		LocalDate today = this.time.dayOf(now);
		if (!caller.has(Role.RETAILER)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有申请人可以签署告知承诺", "Only the applicant signs a commitment")));
		}
		if (!ResidentIdNumber.isValid(s.signerIdNumber(), today)) {
			return Mono.error(ApiException.validation(List.of(FieldProblem.of("signerIdNumber", "身份证号码无效（校验位或出生日期不符）",
					"Invalid resident ID (check character or birth date)"))));
		}
		return owned(caller, applicationId).flatMap((application) -> {
			if (!SIGNABLE.contains(application.state())) {
				return Mono.error(ApiException.illegalTransition(application.state().name(), "SIGN_COMMITMENT"));
			}
			String operatorId = application.details().operatorIdNumber();
			if (operatorId != null && !operatorId.equalsIgnoreCase(s.signerIdNumber())) {
				return Mono.error(ApiException.businessRule("签署人身份证号与申请的经营者身份证号不一致",
						"The signer's resident ID is not the application's operator's"));
			}
			return this.templates.find(s.templateCode(), s.templateVersion())
				.switchIfEmpty(
						Mono.error(() -> ApiException.businessRule("承诺书版本不存在", "No such commitment template version")))
				.flatMap((template) -> {
					if (s.textSha256() != null && !s.textSha256().equalsIgnoreCase(template.textSha256())) {
						return Mono.error(ApiException.businessRule("所签文本与该版本承诺书不一致",
								"The text signed is not this version's text"));
					}
					return refusal(caller, application, s.signerIdNumber(), today)
						.flatMap((reason) -> Mono.<Commitment>error(ApiException.businessRule("不能使用告知承诺方式：" + reason,
								"The commitment path is closed: " + reason)))
						.switchIfEmpty(Mono.defer(() -> insert(caller, application, template, s, now)));
				});
		});
	}

	/** Why this applicant may not commit, if they may not. */
	private Mono<String> refusal(Caller caller, Application application, String signerId, LocalDate today) {
		String creditCode = application.details().creditCode();
		return this.reference.barOf(creditCode, signerId, today)
			.map((bar) -> "申请人处于禁入期 " + bar)
			.switchIfEmpty(this.records.closingBreach(caller.subject(), creditCode, signerId, today));
	}

	private Mono<Commitment> insert(Caller caller, Application application, CommitmentTemplate template, Signature s,
			Instant now) {
		Commitment commitment = new Commitment(UUID.randomUUID(), application.id(), template.code(), template.version(),
				template.textSha256(), s.signerName().strip(), s.signerIdNumber().toUpperCase(java.util.Locale.ROOT),
				caller.subject(), now, "SIGNED", null);
		return lockState(application.id()).flatMap((state) -> {
			if (!SIGNABLE.contains(state)) {
				return Mono.<Commitment>error(ApiException.illegalTransition(state.name(), "SIGN_COMMITMENT"));
			}
			return this.db
				.sql("select count(*) as n from commitment where application_id = :app and template_code = :code "
						+ "and status <> 'WITHDRAWN'")
				.bind("app", application.id())
				.bind("code", template.code())
				.map((row) -> row.get("n", Long.class))
				.one()
				.flatMap((n) -> (n > 0)
						? Mono.<Commitment>error(new ApiException(ProblemKind.CONFLICT,
								Text.of("该申请已签署此承诺", "This commitment is already signed for the application")))
						: this.db
							.sql("insert into commitment (" + COLUMNS + ") values (:id, :app, :code, :version, :sha, "
									+ ":name, :idn, :by, :at, 'SIGNED', null)")
							.bind("id", commitment.id())
							.bind("app", commitment.applicationId())
							.bind("code", commitment.templateCode())
							.bind("version", commitment.templateVersion())
							.bind("sha", commitment.textSha256())
							.bind("name", commitment.signerName())
							.bind("idn", commitment.signerIdNumber())
							.bind("by", commitment.signedBy())
							.bind("at", now.atOffset(ZoneOffset.UTC))
							.then()
							.then(record(commitment, "SIGNED", caller.subject(), application))
							.thenReturn(commitment));
		}).as(this.tx::transactional);
	}

	Flux<Commitment> list(Caller caller, UUID applicationId) {
		return this.applications.get(caller, applicationId)
			.flatMapMany((application) -> this.db
				.sql("select " + COLUMNS + " from commitment where application_id = :app order by signed_at, id")
				.bind("app", application.id())
				.map(Commitments::commitment)
				.all());
	}

	Mono<Commitment> withdraw(Caller caller, UUID applicationId, UUID commitmentId) {
		if (!caller.has(Role.RETAILER)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有申请人可以撤回告知承诺", "Only the applicant withdraws a commitment")));
		}
		Instant now = this.time.now();
		return owned(caller, applicationId).flatMap((application) -> lockState(application.id())
			.flatMap((state) -> find(application.id(), commitmentId).flatMap((c) -> {
				if (DECIDED.contains(state)) {
					return Mono.error(ApiException.illegalTransition(state.name(), "WITHDRAW_COMMITMENT"));
				}
				if (!"SIGNED".equals(c.status())) {
					return Mono.error(ApiException.illegalTransition(c.status(), "WITHDRAW_COMMITMENT"));
				}
				Commitment withdrawn = new Commitment(c.id(), c.applicationId(), c.templateCode(), c.templateVersion(),
						c.textSha256(), c.signerName(), c.signerIdNumber(), c.signedBy(), c.signedAt(), "WITHDRAWN",
						now);
				return this.db
					.sql("update commitment set status = 'WITHDRAWN', withdrawn_at = :at where id = :id "
							+ "and status = 'SIGNED'")
					.bind("at", now.atOffset(ZoneOffset.UTC))
					.bind("id", c.id())
					.then()
					.then(record(withdrawn, "WITHDRAWN", caller.subject(), application))
					.then(this.promise.recompute(application.id(), caller.subject()))
					.thenReturn(withdrawn);
			}))
			.as(this.tx::transactional));
	}

	private Mono<Application> owned(Caller caller, UUID applicationId) {
		return this.applications.get(caller, applicationId)
			.filter((application) -> application.isOwnedBy(caller))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("申请不存在", "No such application")));
	}

	private Mono<Commitment> find(UUID applicationId, UUID id) {
		return this.db.sql("select " + COLUMNS + " from commitment where id = :id and application_id = :app")
			.bind("id", id)
			.bind("app", applicationId)
			.map(Commitments::commitment)
			.one()
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("承诺不存在", "No such commitment")));
	}

	/** Locks the application row for the transaction and reads its state. */
	private Mono<ApplicationState> lockState(UUID applicationId) {
		return this.db.sql("select state from application where id = :id for update")
			.bind("id", applicationId)
			.map((row) -> ApplicationState.valueOf(row.get("state", String.class)))
			.one();
	}

	private Mono<Void> record(Commitment c, String action, String actor, Application application) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("applicationId", c.applicationId().toString());
		detail.put("template", c.templateCode() + "@" + c.templateVersion());
		detail.put("textSha256", c.textSha256());
		detail.put("signerName", c.signerName());
		detail.put("signerIdNumber", ResidentIdNumber.mask(c.signerIdNumber()));
		detail.put("status", c.status());
		Map<String, Object> event = new LinkedHashMap<>(detail);
		event.put("commitmentId", c.id().toString());
		event.put("applicationNumber", application.number());
		event.put("jurisdiction", application.jurisdiction());
		event.put("actor", actor);
		return this.recordKeeper.record(AGGREGATE, c.id(), action, actor, detail,
				"Commitment" + action.charAt(0) + action.substring(1).toLowerCase(java.util.Locale.ROOT), event);
	}

	private static Commitment commitment(Readable row) {
		OffsetDateTime withdrawn = row.get("withdrawn_at", OffsetDateTime.class);
		return new Commitment(row.get("id", UUID.class), row.get("application_id", UUID.class),
				row.get("template_code", String.class), row.get("template_version", Integer.class),
				row.get("text_sha256", String.class), row.get("signer_name", String.class),
				row.get("signer_id_number", String.class), row.get("signed_by", String.class),
				row.get("signed_at", OffsetDateTime.class).toInstant(), row.get("status", String.class),
				(withdrawn != null) ? withdrawn.toInstant() : null);
	}

}
