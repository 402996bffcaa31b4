package cn.gov.tobacco.licensing.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.licensing.credit.CreditStandings;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.KeysetScan.Key;
import cn.gov.tobacco.platform.paging.KeysetScan;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * Off-site warnings (非现场监管) of a SUPERVISOR's subtree: listed newest first, closed
 * off-site with a reason, or turned into a WARNING visit for an inspector of the
 * district's roster. {@link WarningJob} raises them.
 */
@Component
class Warnings {

	static final String AGGREGATE = "supervision_warning";

	private static final String COLUMNS = "id, kind, state, jurisdiction, license_no, business_name, reason_zh, "
			+ "reason_en, link, raised_on, closure_reason, closed_by, closed_at, visit_id, created_at";

	private final DatabaseClient db;

	private final SupervisionSettings settings;

	private final FieldVisits fieldVisits;

	private final CreditStandings standings;

	private final CalendarService calendars;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	private final BureauClock time;

	Warnings(DatabaseClient db, SupervisionSettings settings, FieldVisits fieldVisits, CreditStandings standings,
			CalendarService calendars, RecordKeeper recordKeeper, TransactionalOperator tx, BureauClock time) {
		this.db = db;
		this.settings = settings;
		this.fieldVisits = fieldVisits;
		this.standings = standings;
		this.calendars = calendars;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
		this.time = time;
	}

	record Warning(UUID id, String kind, String state, String jurisdiction, String licenseNo, String businessName,
			Text reason, String link, LocalDate raisedOn, String closureReason, String closedBy, Instant closedAt,
			UUID visitId, Instant createdAt) {
	}

	Mono<Page<Warning>> list(Caller caller, String state, String kind, int limit, KeysetCursor after) {
		return supervisor(caller).then(Mono.defer(() -> {
			Map<String, Object> params = new LinkedHashMap<>();
			StringBuilder where = new StringBuilder(" where jurisdiction like :subtree");
			params.put("subtree", Access.subtree(caller));
			if (state != null) {
				where.append(" and state = :state");
				params.put("state", state);
			}
			if (kind != null) {
				where.append(" and kind = :kind");
				params.put("kind", kind);
			}
			return KeysetScan.Query
				.descending(COLUMNS, " from supervision_warning" + where, params, "id", Key.instant("created_at"))
				.read(this.db, after, limit, Warnings::row, (w) -> KeysetCursor.after(w.createdAt(), w.id()));
		}));
	}

	Mono<Warning> close(Caller caller, UUID id, String reason) {
		Instant now = this.time.now();
		return open(caller, id).flatMap((w) -> {
			Map<String, Object> detail = Map.of("warningId", id.toString(), "kind", w.kind(), "licenseNo",
					w.licenseNo(), "reason", reason);
			return this.db
				.sql("update supervision_warning set state = 'CLOSED', closure_reason = :reason, closed_by = :by, "
						+ "closed_at = :at where id = :id and state = 'OPEN'")
				.bind("reason", reason)
				.bind("by", caller.subject())
				.bind("at", now.atOffset(ZoneOffset.UTC))
				.bind("id", id)
				.then()
				.then(this.recordKeeper.record(AGGREGATE, id, "CLOSED", caller.subject(), detail,
						"SupervisionWarningClosed", detail))
				.then(byId(id));
		}).as(this.tx::transactional);
	}

	Mono<Visit> visit(Caller caller, UUID id, String inspector, LocalDate dueOn) {
		LocalDate today = this.time.today();
		return open(caller, id).flatMap(
				(w) -> Mono.zip(this.settings.of(w.jurisdiction()), this.calendars.calendar(), holder(w.licenseNo()))
					.flatMap((t) -> {
						List<String> roster = t.getT1().inspectors();
						String who = (inspector != null) ? inspector : roster.isEmpty() ? null : roster.get(0);
						if (who == null || !roster.contains(who)) {
							return Mono.<Visit>error(ApiException.businessRule("该人员不在本区县的检查人员名单中",
									"That person is not on the district's roster of inspectors"));
						}
						LocalDate due = (dueOn != null) ? dueOn : t.getT2().addWorkingDays(today, 5).due();
						if (due.isBefore(today)) {
							return Mono.<Visit>error(
									ApiException.businessRule("检查期限不能早于今天", "The due date cannot be in the past"));
						}
						String[] h = t.getT3();
						return this.standings.of(List.of(h[0]))
							.map((m) -> m.getOrDefault(h[0], CreditStandings.Standing.CLEAN).grade())
							.flatMap((grade) -> this.fieldVisits.open(caller,
									new VisitStore.NewVisit(UUID.randomUUID(), w.licenseNo(), w.jurisdiction(),
											"WARNING", grade, List.of("WARNING"), who, due, null, null, w.id(), null,
											null, null, null, caller.subject())))
							.flatMap((v) -> this.db.sql(
									"update supervision_warning set state = 'VISIT_PLANNED', visit_id = :v where id = :id")
								.bind("v", v.id())
								.bind("id", id)
								.then()
								.then(this.recordKeeper.record(AGGREGATE, id, "VISIT_PLANNED", caller.subject(),
										Map.of("warningId", id.toString(), "visitId", v.id().toString(), "inspector",
												who),
										"SupervisionWarningVisitPlanned",
										Map.of("warningId", id.toString(), "visitId", v.id().toString())))
								.thenReturn(v));
					}))
			.as(this.tx::transactional);
	}

	private Mono<String[]> holder(String licenseNo) {
		return this.db.sql("select holder_subject from license where number = :no")
			.bind("no", licenseNo)
			.map((row) -> new String[] { row.get("holder_subject", String.class) })
			.one()
			.defaultIfEmpty(new String[] { "" });
	}

	/**
	 * An OPEN warning of the caller's subtree, locked; 404 otherwise, 409 when not open.
	 */
	private Mono<Warning> open(Caller caller, UUID id) {
		return supervisor(caller)
			.then(this.db.sql("select " + COLUMNS + " from supervision_warning where id = :id for update")
				.bind("id", id)
				.map(Warnings::row)
				.one())
			.filter((w) -> caller.covers(w.jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("预警不存在", "No such warning")))
			.flatMap((w) -> "OPEN".equals(w.state()) ? Mono.just(w) : Mono.error(new ApiException(ProblemKind.CONFLICT,
					Text.of("该预警已处置", "The warning has already been dealt with"))));
	}

	private Mono<Warning> byId(UUID id) {
		return this.db.sql("select " + COLUMNS + " from supervision_warning where id = :id")
			.bind("id", id)
			.map(Warnings::row)
			.one();
	}

	private static Mono<Void> supervisor(Caller caller) {
		return Access.holds(caller, Role.SUPERVISOR) ? Mono.empty() : Mono.error(new ApiException(ProblemKind.FORBIDDEN,
				Text.of("非现场监管预警仅供督办人员处置", "Off-site warnings are for supervisors")));
	}

	private static Warning row(Readable row) {
		OffsetDateTime closed = row.get("closed_at", OffsetDateTime.class);
		return new Warning(row.get("id", UUID.class), row.get("kind", String.class), row.get("state", String.class),
				row.get("jurisdiction", String.class), row.get("license_no", String.class),
				row.get("business_name", String.class),
				Text.of(row.get("reason_zh", String.class), row.get("reason_en", String.class)),
				row.get("link", String.class), row.get("raised_on", LocalDate.class),
				row.get("closure_reason", String.class), row.get("closed_by", String.class),
				(closed != null) ? closed.toInstant() : null, row.get("visit_id", UUID.class),
				row.get("created_at", OffsetDateTime.class).toInstant());
	}

}
