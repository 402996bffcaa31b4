package cn.gov.tobacco.licensing.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.KeysetScan.Key;
import cn.gov.tobacco.platform.paging.KeysetScan;
import cn.gov.tobacco.platform.paging.Page;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * 双随机结果公示: a SUPERVISOR publishes a plan's random checks once; anyone reads the RANDOM
 * visits of published plans recorded by the publication — license, business name, date
 * and result, nothing personal, no notes, no seed.
 */
@Component
class Publications {

	private final DatabaseClient db;

	private final InspectionPlans plans;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	private final BureauClock time;

	Publications(DatabaseClient db, InspectionPlans plans, RecordKeeper recordKeeper, TransactionalOperator tx,
			BureauClock time) {
		this.db = db;
		this.plans = plans;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
		this.time = time;
	}

	record Result(UUID visitId, String licenseNo, String businessName, LocalDate checkedOn, String result) {
	}

	Mono<InspectionPlans.Plan> publish(Caller caller, UUID planId) {
		if (!Access.holds(caller, Role.SUPERVISOR)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有督办人员可以公示随机抽查结果", "Only a supervisor publishes random-check results")));
		}
		Instant now = this.time.now();
		return this.db.sql("select " + InspectionPlans.PLAN_COLUMNS + " from inspection_plan where id = :id for update")
			.bind("id", planId)
			.map(InspectionPlans::planRow)
			.one()
			.filter((p) -> caller.covers(p.jurisdiction()))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("检查计划不存在", "No such inspection plan")))
			.flatMap((p) -> {
				if (p.publishedAt() != null) {
					return Mono.<InspectionPlans.Plan>error(new ApiException(ProblemKind.CONFLICT,
							Text.of("该计划的随机抽查结果已公示", "The plan's random-check results are already published")));
				}
				Map<String, Object> detail = new LinkedHashMap<>();
				detail.put("planId", planId.toString());
				detail.put("jurisdiction", p.jurisdiction());
				detail.put("month", p.month().toString());
				detail.put("publishedAt", now.toString());
				return this.db.sql("update inspection_plan set published_at = :at, published_by = :by where id = :id")
					.bind("at", now.atOffset(ZoneOffset.UTC))
					.bind("by", caller.subject())
					.bind("id", planId)
					.then()
					.then(this.recordKeeper.record(InspectionPlans.PLAN, planId, "PUBLISHED", caller.subject(), detail,
							"RandomChecksPublished", detail))
					.then(this.plans.withCounts(new InspectionPlans.Plan(p.id(), p.jurisdiction(), p.month(), p.seed(),
							p.randomShare(), p.activeLicenses(), Map.of(), Map.of(), p.generatedAt(), p.generatedBy(),
							now, caller.subject())));
			})
			.as(this.tx::transactional);
	}

	Mono<Page<Result>> published(String jurisdiction, String monthText, int limit, KeysetCursor after) {
		YearMonth month;
		try {
			month = YearMonth.parse(monthText);
		}
		catch (RuntimeException ex) {
			return Mono.error(ApiException
				.validation(List.of(FieldProblem.of("month", "月份格式应为 YYYY-MM", "must be a month such as 2027-01"))));
		}
		String from = " from inspection_visit v join inspection_plan p on p.id = v.plan_id "
				+ "left join license l on l.number = v.license_no where p.jurisdiction = :j and p.month = :m "
				+ "and p.published_at is not null and v.kind = 'RANDOM' and v.state = 'DONE' "
				+ "and v.recorded_at <= p.published_at";
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("j", jurisdiction);
		params.put("m", month.atDay(1));
		return KeysetScan.Query
			.ascending("v.id, v.license_no, l.business_name, v.recorded_at, v.result", from, params, "v.id",
					Key.text("v.license_no"))
			.read(this.db, after, limit,
					(row) -> new Result(row.get("id", UUID.class), row.get("license_no", String.class),
							row.get("business_name", String.class),
							row.get("recorded_at", java.time.OffsetDateTime.class)
								.atZoneSameInstant(this.time.zone())
								.toLocalDate(),
							row.get("result", String.class)),
					(r) -> new KeysetCursor(r.licenseNo(), r.visitId()));
	}

}
