package cn.gov.tobacco.complaints.intake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.complaints.audit.AuditTrail;
import cn.gov.tobacco.complaints.audit.CaseEvents;
import cn.gov.tobacco.complaints.cases.Actor;
import cn.gov.tobacco.complaints.cases.CaseKind;
import cn.gov.tobacco.complaints.cases.CaseState;
import cn.gov.tobacco.complaints.cases.Channel;
import cn.gov.tobacco.complaints.cases.CaseRepository;
import cn.gov.tobacco.complaints.cases.NewCase;
import cn.gov.tobacco.complaints.categories.Category;
import cn.gov.tobacco.complaints.categories.CategoryRepository;
import cn.gov.tobacco.complaints.deadlines.DeadlineSetting;
import cn.gov.tobacco.complaints.deadlines.Deadlines;
import cn.gov.tobacco.complaints.divisions.DivisionRepository;
import cn.gov.tobacco.complaints.evidence.AttachmentRepository;
import cn.gov.tobacco.complaints.evidence.StoredEvidence;
import cn.gov.tobacco.complaints.licenses.LicenseDirectory;
import cn.gov.tobacco.complaints.licenses.LicenseMatch;
import cn.gov.tobacco.complaints.reporter.PhoneIndex;
import cn.gov.tobacco.complaints.reporter.ReporterCipher;
import cn.gov.tobacco.complaints.reporter.ReporterMask;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * Takes a case in: category and deadline lookup, case number, acceptance check, duplicate
 * link, encrypted reporter data, evidence row, history, audit entry and outbox event, all
 * in one transaction.
 */
@Service
public class IntakeService {

	private final CategoryRepository categories;

	private final Deadlines deadlines;

	private final CaseNumbers numbers;

	private final AcceptanceCheck acceptance;

	private final Duplicates duplicates;

	private final CaseRepository cases;

	private final AttachmentRepository attachments;

	private final ReporterCipher cipher;

	private final PhoneIndex phoneIndex;

	private final AuditTrail audit;

	private final CaseEvents outbox;

	private final TransactionalOperator tx;

	private final DivisionRepository divisions;

	private final LicenseDirectory directory;

	private final BureauClock clock;

	private final JsonMapper json;

	IntakeService(DivisionRepository divisions, CategoryRepository categories, Deadlines deadlines, CaseNumbers numbers,
			AcceptanceCheck acceptance, Duplicates duplicates, CaseRepository cases, AttachmentRepository attachments,
			ReporterCipher cipher, PhoneIndex phoneIndex, AuditTrail audit, CaseEvents outbox, TransactionalOperator tx,
			LicenseDirectory directory, BureauClock clock, JsonMapper json) {
		this.clock = clock;
		this.json = json;
		this.directory = directory;
		this.categories = categories;
		this.deadlines = deadlines;
		this.numbers = numbers;
		this.acceptance = acceptance;
		this.duplicates = duplicates;
		this.cases = cases;
		this.attachments = attachments;
		this.cipher = cipher;
		this.phoneIndex = phoneIndex;
		this.audit = audit;
		this.outbox = outbox;
		this.tx = tx;
		this.divisions = divisions;
	}

	public Mono<Filed> file(IntakeCommand command, StoredEvidence evidence) {
		Instant now = this.clock.now();
		return this.divisions.isCounty(command.divisionCode())
			.flatMap((known) -> file(command, evidence, known, now))
			.as(this.tx::transactional);
	}

	/**
	 * A code inside the service area that is no county-level division (the province, a
	 * city, a code that does not exist) would make a case nobody's: no handler's district
	 * covers it. A citizen or an agent gets a 422 and picks the district; a 12345
	 * hand-over or an inspection's finding, which cannot be asked, is not accepted with a
	 * reason.
	 */
	private Mono<Filed> file(IntakeCommand command, StoredEvidence evidence, boolean knownDivision, Instant now) {
		String unknownDivision = null;
		if (!knownDivision && this.acceptance.inServiceArea(command.divisionCode())) {
			if (command.channel() == Channel.INSPECTION) {
				unknownDivision = "检查发现地的行政区划（" + command.divisionCode() + "）不是具体的区、县（市），无法分派承办单位。";
			}
			else if (command.channel() != Channel.HOTLINE_12345) {
				return Mono.error(new ApiException(ProblemKind.BUSINESS_RULE, Text
					.of("行政区划 " + command.divisionCode() + " 不是本局辖区内的区、县（市），请选择案件发生地所在的区县", "Division "
							+ command.divisionCode()
							+ " is not a district or county of this bureau's area; choose the district where it happened"),
						List.of(FieldProblem.of("address.divisionCode", "须为辖区内的区、县（市）代码",
								"must be a district or county of the service area")),
						Map.of()));
			}
			else {
				unknownDivision = "转办的行政区划（" + command.divisionCode() + "）不是具体的区、县（市），无法分派承办单位，请 12345 补充后重新转办。";
			}
		}
		String refusalOverride = unknownDivision;
		return this.categories.find(command.category())
			.filter(Category::active)
			.switchIfEmpty(Mono.error(() -> ApiException
				.validation(List.of(FieldProblem.of("category", "未知的分类：" + command.category(), "unknown category")))))
			.flatMap((category) -> this.deadlines.inForce(command.kind().name(), category.code(), now)
				.flatMap((setting) -> this.numbers.next(now)
					.flatMap((number) -> create(command, category, setting, number, now, evidence, refusalOverride))));
	}

	private Mono<Filed> create(IntakeCommand c, Category category, DeadlineSetting setting, String number, Instant now,
			StoredEvidence evidence, String refusalOverride) {
		String refusal = (refusalOverride != null) ? refusalOverride
				: this.acceptance.refusalReason(c.divisionCode(), c.description());
		String trackingCode = TrackingCodes.generate();
		NewCase.EncryptedReporter reporter = new NewCase.EncryptedReporter(this.cipher.encrypt(c.reporterName()),
				this.cipher.encrypt(c.reporterPhone()), this.cipher.encrypt(c.reporterIdNumber()),
				ReporterMask.of(c.reporterName(), c.reporterPhone(), c.reporterIdNumber()),
				this.phoneIndex.of(c.reporterPhone()));
		NewCase draft = new NewCase(UUID.randomUUID(), number, c.kind(), c.channel(), category.code(),
				category.urgent(), (refusal != null) ? CaseState.NOT_ACCEPTED : CaseState.RECEIVED, c.divisionCode(),
				c.addressDetail(), blankToNull(c.retailerName()), c.description(), reporter, c.reporterSubject(),
				TrackingCodes.hash(trackingCode), refusal, now, now.plus(setting.acknowledgeHours(), ChronoUnit.HOURS),
				setting.id(), c.externalRef(), c.actor().id(), null);
		// 无证经营 triage of a report: the license directory names the reported retailer's
		// license (or finds none); the duplicate rule and the credit rule use its number.
		Mono<LicenseMatch> triage = (c.kind() == CaseKind.REPORT)
				? this.directory.check(c.divisionCode(), c.addressDetail(), c.retailerName())
				: Mono.just(LicenseMatch.none());
		return triage.flatMap((match) -> {
			Mono<Linked> linked = (refusal != null) ? Mono.just(new Linked(draft, null))
					: this.duplicates.openPrimaryFor(draft, match.licenseNo())
						.map((primary) -> new Linked(
								draft.linkedTo(primary.id(), "与在办案件 " + primary.caseNumber() + " 反映的是同一问题，已并入该案件办理。"),
								primary.caseNumber()))
						.defaultIfEmpty(new Linked(draft, null));
			LicenseMatch shown = (c.kind() == CaseKind.REPORT) ? match : null;
			return linked.flatMap(
					(link) -> insert(link.nc(), c, category, trackingCode, link.primaryNumber(), now, evidence, shown));
		});
	}

	private Mono<Filed> insert(NewCase nc, IntakeCommand c, Category category, String trackingCode,
			String primaryNumber, Instant now, StoredEvidence evidence, LicenseMatch match) {
		String licenseNo = (match != null) ? match.licenseNo() : null;
		return this.cases.insert(nc)
			.then((licenseNo != null) ? this.cases.setLicenseNo(nc.id(), licenseNo) : Mono.empty())
			.then(this.cases.addEvent(nc.id(), null, CaseState.RECEIVED, "FILE", c.historyActor(), null, now))
			.then((nc.state() != CaseState.RECEIVED) ? this.cases.addEvent(nc.id(), CaseState.RECEIVED, nc.state(),
					(nc.duplicateOf() != null) ? "LINK_DUPLICATE" : "NOT_ACCEPT", Actor.SYSTEM, nc.notAcceptedReason(),
					now) : Mono.empty())
			.then((evidence != null) ? this.attachments.insert(nc.id(), evidence, c.actor().id()).then() : Mono.empty())
			.then(this.audit.append(nc.id(), "FILED", c.actor().id(),
					"channel=" + c.channel() + " kind=" + c.kind() + " category=" + category.code() + " state="
							+ nc.state() + ((nc.duplicateOf() != null) ? " duplicateOf=" + nc.duplicateOf() : "")))
			.then(this.outbox.add(nc.id(), "case.filed",
					this.json.writeValueAsString(new CaseFiled(nc.id(), category.urgent(), nc.state()))))
			.then((category.urgent() && nc.state() == CaseState.RECEIVED) ? this.outbox.add(nc.id(), "case.urgent",
					this.json.writeValueAsString(new CaseUrgent(nc.id(), nc.caseNumber()))) : Mono.empty())
			.thenReturn(new Filed(nc.id(), nc.caseNumber(), trackingCode, nc.state().name(), nc.notAcceptedReason(),
					nc.duplicateOf(), primaryNumber, match));
	}

	private record Linked(NewCase nc, String primaryNumber) {
	}

	/**
	 * The {@code case.filed} event.
	 *
	 * @param caseId the case
	 * @param urgent whether its category is URGENT
	 * @param state the state after intake (RECEIVED, NOT_ACCEPTED or CLOSED as a
	 * duplicate)
	 */
	record CaseFiled(UUID caseId, boolean urgent, CaseState state) {
	}

	/**
	 * The {@code case.urgent} event: an URGENT case the supervisor hears of at once.
	 *
	 * @param caseId the case
	 * @param caseNumber its number
	 */
	record CaseUrgent(UUID caseId, String caseNumber) {
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
