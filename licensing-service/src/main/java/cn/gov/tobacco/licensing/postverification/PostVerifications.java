package cn.gov.tobacco.licensing.postverification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.application.PostVerificationScheduler;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.credit.CreditRecord;
import cn.gov.tobacco.licensing.credit.CreditRecords;
import cn.gov.tobacco.licensing.license.LicenseStatus;
import cn.gov.tobacco.licensing.license.Licenses;
import cn.gov.tobacco.licensing.notices.Notices;
import cn.gov.tobacco.licensing.reference.ReferenceData;
import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;
import cn.gov.tobacco.platform.outbox.Outbox;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * Post-verification of committed applications: scheduled on approval (in the decision's
 * transaction), due in {@code licensing.credit.post-verification-days} working days,
 * recorded by an INSPECTOR of the jurisdiction. A false commitment revokes the license,
 * notifies the holder, writes a BREACH record and bars the credit code and operator ID
 * for a year (DESIGN.md §4, false materials).
 */
@Service
class PostVerifications implements PostVerificationScheduler {

	static final String AGGREGATE = "post_verification";

	static final int BAR_YEARS = 1;

	private static final String COLUMNS = "id, application_id, license_no, jurisdiction, subject, due_on, status, "
			+ "findings, recorded_by";

	private final DatabaseClient db;

	private final Licenses licenses;

	private final CreditRecords records;

	private final ReferenceData reference;

	private final Notices notices;

	private final AuditChain chain;

	private final Outbox outbox;

	private final JsonMapper json;

	private final TransactionalOperator tx;

	private final BureauClock time;

	private final int days;

	PostVerifications(DatabaseClient db, Licenses licenses, CreditRecords records, ReferenceData reference,
			Notices notices, AuditChain chain, Outbox outbox, JsonMapper json, TransactionalOperator tx,
			BureauClock time, @Value("${licensing.credit.post-verification-days:10}") int days) {
		this.db = db;
		this.licenses = licenses;
		this.records = records;
		this.reference = reference;
		this.notices = notices;
		this.chain = chain;
		this.outbox = outbox;
		this.json = json;
		this.tx = tx;
		this.time = time;
		this.days = days;
	}

	/**
	 * A task.
	 *
	 * @param id the id
	 * @param applicationId the application
	 * @param licenseNo the license it issued
	 * @param jurisdiction whose inspectors check
	 * @param subject the retailer
	 * @param dueOn due day
	 * @param status PENDING, FULFILLED, BREACHED
	 * @param findings what the inspector found
	 * @param recordedBy the inspector
	 */
	record Task(UUID id, UUID applicationId, String licenseNo, String jurisdiction, String subject, LocalDate dueOn,
			String status, String findings, String recordedBy) {
	}

	@Override
	public Mono<Void> scheduleIfCommitted(UUID applicationId, String licenseNo, String jurisdiction, String subject,
			WorkingDayCalendar calendar, LocalDate today) {
		return this.db.sql("select count(*) as n from commitment where application_id = :app and status = 'SIGNED'")
			.bind("app", applicationId)
			.map((row) -> row.get("n", Long.class))
			.one()
			.filter((n) -> n > 0)
			.flatMap((n) -> {
				UUID id = UUID.randomUUID();
				LocalDate due = calendar.addWorkingDays(today, this.days).due();
				return this.db
					.sql("insert into post_verification (id, application_id, license_no, jurisdiction, subject, "
							+ "due_on, status, created_at) values (:id, :app, :no, :j, :s, :due, 'PENDING', :at)")
					.bind("id", id)
					.bind("app", applicationId)
					.bind("no", licenseNo)
					.bind("j", jurisdiction)
					.bind("s", subject)
					.bind("due", due)
					.bind("at", this.time.now().atOffset(ZoneOffset.UTC))
					.then()
					.then(this.chain.append(AGGREGATE, id, "SCHEDULED", "system",
							this.json.writeValueAsString(Map.of("applicationId", applicationId.toString(), "licenseNo",
									licenseNo, "dueOn", due.toString()))))
					.then(this.outbox.add(AGGREGATE, id, "PostVerificationScheduled",
							this.json.writeValueAsString(Map.of("postVerificationId", id.toString(), "applicationId",
									applicationId.toString(), "licenseNo", licenseNo, "jurisdiction", jurisdiction,
									"dueOn", due.toString()))));
			});
	}

	Mono<Task> ofApplication(UUID applicationId) {
		return this.db.sql("select " + COLUMNS + " from post_verification where application_id = :app")
			.bind("app", applicationId)
			.map(PostVerifications::task)
			.one();
	}

	Mono<Task> record(Caller caller, UUID id, boolean truthful, String findings) {
		if (!caller.has(Role.INSPECTOR)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有核查人员可以记录核查结论", "Only an inspector records the findings")));
		}
		Instant now = this.time.now();
		LocalDate today = this.time.dayOf(now);
		return this.db.sql("select " + COLUMNS + " from post_verification where id = :id for update")
			.bind("id", id)
			.map(PostVerifications::task)
			.one()
			.filter((t) -> caller.covers(t.jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("核查任务不存在", "No such post-verification")))
			.flatMap((t) -> {
				if (!"PENDING".equals(t.status())) {
					return Mono.error(ApiException.illegalTransition(t.status(), "RECORD_FINDINGS"));
				}
				String status = truthful ? "FULFILLED" : "BREACHED";
				Task done = new Task(t.id(), t.applicationId(), t.licenseNo(), t.jurisdiction(), t.subject(), t.dueOn(),
						status, findings.strip(), caller.subject());
				Mono<Void> consequences = truthful ? Mono.empty() : breach(caller, done, today);
				return this.db
					.sql("update post_verification set status = :st, findings = :f, recorded_by = :by, "
							+ "recorded_at = :at where id = :id")
					.bind("st", status)
					.bind("f", done.findings())
					.bind("by", caller.subject())
					.bind("at", now.atOffset(ZoneOffset.UTC))
					.bind("id", t.id())
					.then()
					.then(this.db
						.sql("update commitment set status = :st where application_id = :app and status = 'SIGNED'")
						.bind("st", status)
						.bind("app", t.applicationId())
						.then())
					.then(consequences)
					.then(this.chain.append(AGGREGATE, t.id(), status, caller.subject(),
							this.json.writeValueAsString(Map.of("findings", done.findings(), "truthful", truthful))))
					.then(this.outbox.add(AGGREGATE, t.id(), truthful ? "CommitmentFulfilled" : "CommitmentBreached",
							this.json.writeValueAsString(Map.of("postVerificationId", t.id().toString(),
									"applicationId", t.applicationId().toString(), "licenseNo", t.licenseNo(),
									"findings", done.findings(), "actor", caller.subject()))))
					.thenReturn(done);
			})
			.as(this.tx::transactional);
	}

	private Mono<Void> breach(Caller caller, Task t, LocalDate today) {
		LocalDate until = today.plusYears(BAR_YEARS);
		String reason = "告知承诺不实：" + t.findings();
		return this.licenses.byNumber(t.licenseNo()).flatMap((license) -> {
			Mono<Void> revoke = (license.status() == LicenseStatus.REVOKED) ? Mono.empty()
					: this.licenses.revoke(license, caller.subject(), reason).then();
			return revoke
				.then(this.records.add(
						new CreditRecord(UUID.randomUUID(), t.subject(), CreditRecord.Kind.BREACH, reason, today, until,
								"post-verification:" + t.id(), false, "Commitment found untrue: " + t.findings()),
						license.holder().creditCode(), license.holder().operatorIdNumber(), caller.subject()))
				.then(this.reference.bar(license.holder().creditCode(), license.holder().operatorIdNumber(), reason,
						until, caller.subject()))
				.then(this.notices
					.issue(t.applicationId(), license.id(), "REVOCATION", license.holder().mobile(), Text.of(
							"【烟草专卖局】您的许可证 " + license.number() + " 因告知承诺不实已被撤销，" + BAR_YEARS + " 年内不得再次申请（至 " + until
									+ "）。理由：" + t.findings(),
							"Tobacco Monopoly Bureau: your license " + license.number()
									+ " was revoked because the commitment was found untrue; you may not apply again for "
									+ BAR_YEARS + " years (until " + until + "). Reason: " + t.findings())));
		});
	}

	private static Task task(Readable row) {
		return new Task(row.get("id", UUID.class), row.get("application_id", UUID.class),
				row.get("license_no", String.class), row.get("jurisdiction", String.class),
				row.get("subject", String.class), row.get("due_on", LocalDate.class), row.get("status", String.class),
				row.get("findings", String.class), row.get("recorded_by", String.class));
	}

}
