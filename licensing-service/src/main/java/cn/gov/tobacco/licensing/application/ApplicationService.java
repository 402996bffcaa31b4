package cn.gov.tobacco.licensing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.license.Licenses;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Jurisdiction;
import cn.gov.tobacco.platform.security.Role;

/**
 * Creating, changing, reading and listing applications, with the rule of who may see
 * what.
 */
@Service
public class ApplicationService {

	private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final ApplicationRepository applications;

	private final ApplicationRecords records;

	private final Licenses licenses;

	private final TransactionalOperator tx;

	private final BureauClock time;

	private final Jurisdiction area;

	ApplicationService(ApplicationRepository applications, ApplicationRecords records, Licenses licenses,
			TransactionalOperator tx, BureauClock time, ServiceAreaProperties area) {
		this.area = new Jurisdiction(area.serviceArea());
		this.applications = applications;
		this.records = records;
		this.licenses = licenses;
		this.tx = tx;
		this.time = time;
	}

	Mono<Application> createDraft(Caller caller, ApplicationType type, ApplicantDetails details, Filing filing) {
		if (!caller.has(Role.RETAILER)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有零售户可以提交许可申请", "Only retailers file license applications")));
		}
		Instant now = this.time.now();
		return checked(caller, type, details, filing, now)
			.flatMap((jurisdiction) -> this.applications.nextNumber()
				.map((seq) -> "SQ" + NUMBER_DATE.format(this.time.dayOf(now)) + String.format("%06d", seq % 1_000_000))
				.map((number) -> Application.draft(UUID.randomUUID(), number, type, caller.subject(),
						jurisdiction.orElse(null), details, filing, now)))
			.flatMap((draft) -> this.applications.insert(draft)
				.flatMap((a) -> this.records.record(a, "CREATED", caller.subject(), null, null, Map.of()).thenReturn(a))
				.as(this.tx::transactional));
	}

	/** Changes the details while the applicant holds the application. */
	Mono<Application> update(Caller caller, UUID id, long version, ApplicantDetails details, Filing filing) {
		Instant now = this.time.now();
		return get(caller, id).filter((a) -> a.isOwnedBy(caller))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("申请不存在", "No such application")))
			.flatMap((a) -> {
				if (a.state() != ApplicationState.DRAFT && a.state() != ApplicationState.CORRECTION_REQUESTED) {
					return Mono.error(ApiException.illegalTransition(a.state().name(), "UPDATE"));
				}
				if (a.version() != version) {
					return Mono.error(ApplicationRepository.conflict());
				}
				return checked(caller, a.type(), details, filing.withBundle(a.filing().bundleId()), now)
					.map((j) -> a.withDetails(details, filing.withBundle(a.filing().bundleId()), j.orElse(null), now))
					.flatMap((changed) -> this.applications.update(changed)
						.flatMap((saved) -> this.records
							.record(saved, "DETAILS_CHANGED", caller.subject(), a.state(), null, Map.of())
							.thenReturn(saved))
						.as(this.tx::transactional));
			});
	}

	/**
	 * Format checks, and the jurisdiction: the license's for types tied to one (which the
	 * caller must hold), else the premises'.
	 */
	private Mono<java.util.Optional<String>> checked(Caller caller, ApplicationType type, ApplicantDetails details,
			Filing filing, Instant now) {
		List<FieldProblem> problems = new java.util.ArrayList<>(ApplicantChecks.check(details, this.time.dayOf(now)));
		boolean scoped = type == ApplicationType.NEW
				|| (type == ApplicationType.CHANGE && filing.changeSubject() == ChangeSubject.SCOPE);
		if (filing.items() != null && !scoped) {
			problems.add(FieldProblem.of("items", "只有新办和经营范围变更可以申请许可经营项目",
					"only a NEW application or a CHANGE of SCOPE asks for scope items"));
		}
		if (!problems.isEmpty()) {
			return Mono.error(ApiException.validation(problems));
		}
		String division = (details.premises() != null) ? details.premises().divisionCode() : null;
		if (division != null && !this.area.covers(division)) {
			return Mono.error(SubmissionRules.refused("premises.divisionCode",
					"经营场所的行政区划（" + division + "）不在本局辖区（" + this.area.code() + "）内，请向经营场所所在地的烟草专卖局申请",
					"The premises' division code (" + division + ") lies outside this bureau's area ("
							+ this.area.code() + "); apply to the bureau where the premises are"));
		}
		if (type == ApplicationType.NEW || filing.licenseNo() == null) {
			return Mono.just(java.util.Optional.ofNullable(details.premises().divisionCode()));
		}
		return this.licenses.heldBy(filing.licenseNo(), caller.subject())
			.map((license) -> java.util.Optional.of(license.jurisdiction()))
			.switchIfEmpty(
					Mono.error(() -> SubmissionRules.refused("licenseNo", "您名下没有这张许可证", "You hold no such license")));
	}

	/**
	 * The application if the caller may see it; otherwise 404, whether or not it exists.
	 */
	public Mono<Application> get(Caller caller, UUID id) {
		return this.applications.findById(id)
			.filterWhen((application) -> (application.isVisibleTo(caller) || !Access.isInspector(caller))
					? Mono.just(application.isVisibleTo(caller))
					: this.applications.postVerificationJurisdiction(application.id())
						.map((j) -> application.isVisibleTo(caller, j))
						.defaultIfEmpty(false))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("申请不存在", "No such application")));
	}

	/**
	 * One page of the applications the caller lists: a retailer's own, a caseworker's
	 * subtree (submitted ones), an inspector's assigned site checks; newest first.
	 */
	Mono<Page<Application>> list(Caller caller, int limit, KeysetCursor after) {
		if (caller.has(Role.RETAILER)) {
			return this.applications.pageOfApplicant(caller.subject(), after, limit);
		}
		if (Access.isCaseworker(caller)) {
			return this.applications.pageInJurisdiction(Access.subtree(caller), after, limit);
		}
		if (Access.isInspector(caller)) {
			return this.applications.pageAssignedTo(caller.subject(), after, limit);
		}
		return Mono.error(Access.forbidden());
	}

	/** Today in the bureau's zone. */
	LocalDate today() {
		return this.time.today();
	}

}
