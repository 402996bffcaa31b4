package cn.gov.tobacco.licensing.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.credit.InspectionCredit;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * An APPROVER of the district confirms a violation's penalty (a PENALTY credit record
 * through {@link InspectionCredit}) or dismisses it with a reason; once.
 */
@Component
class Penalties {

	private final VisitStore visits;

	private final InspectionCredit credit;

	private final DatabaseClient db;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	private final BureauClock time;

	Penalties(VisitStore visits, InspectionCredit credit, DatabaseClient db, RecordKeeper recordKeeper,
			TransactionalOperator tx, BureauClock time) {
		this.visits = visits;
		this.credit = credit;
		this.db = db;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
		this.time = time;
	}

	Mono<Visit> decide(Caller caller, UUID visitId, boolean confirmed, String reason) {
		if (!Access.holds(caller, Role.APPROVER)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有审批人员可以确认处罚", "Only an approver confirms a penalty")));
		}
		Instant now = this.time.now();
		LocalDate today = this.time.dayOf(now);
		return this.visits.byId(visitId, true)
			.filter((v) -> caller.covers(v.jurisdiction()))
			.switchIfEmpty(Mono.error(VisitStore::noVisit))
			.flatMap((v) -> {
				if (!"PENDING".equals(v.penalty())) {
					return Mono.<Visit>error(new ApiException(ProblemKind.CONFLICT,
							Text.of("该检查没有待确认的处罚", "The visit has no penalty awaiting confirmation")));
				}
				Mono<UUID> record = confirmed
						? this.credit.penaltyConfirmed(v.id(), v.licenseNo(), reason, today, caller.subject())
						: Mono.empty();
				return record.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()).flatMap((id) -> {
					String state = confirmed ? "CONFIRMED" : "DISMISSED";
					Map<String, Object> detail = new LinkedHashMap<>();
					detail.put("visitId", v.id().toString());
					detail.put("licenseNo", v.licenseNo());
					detail.put("jurisdiction", v.jurisdiction());
					detail.put("penalty", state);
					detail.put("reason", reason);
					id.ifPresent((r) -> detail.put("creditRecordId", r.toString()));
					var spec = this.db
						.sql("update inspection_visit set penalty = :state, penalty_reason = :reason, "
								+ "penalty_by = :by, penalty_at = :at, penalty_record_id = :record, "
								+ "version = version + 1 where id = :id and penalty = 'PENDING'")
						.bind("state", state)
						.bind("reason", reason)
						.bind("by", caller.subject())
						.bind("at", now.atOffset(ZoneOffset.UTC))
						.bind("id", v.id());
					spec = VisitStore.bindOrNull(spec, "record", id.orElse(null), UUID.class);
					return spec.then()
						.then(this.recordKeeper.record(VisitStore.AGGREGATE, v.id(), "PENALTY_" + state,
								caller.subject(), detail,
								confirmed ? "InspectionPenaltyConfirmed" : "InspectionPenaltyDismissed", detail))
						.then(this.visits.byId(v.id(), false));
				});
			})
			.as(this.tx::transactional);
	}

}
