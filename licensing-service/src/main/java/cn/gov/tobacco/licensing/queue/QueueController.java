package cn.gov.tobacco.licensing.queue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.QueueApi;
import cn.gov.tobacco.licensing.api.model.ApplicationStateDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.QueueItemDto;
import cn.gov.tobacco.licensing.api.model.QueuePageDto;
import cn.gov.tobacco.licensing.api.model.RiskDto;
import cn.gov.tobacco.licensing.api.model.ScopeItemDto;
import cn.gov.tobacco.licensing.license.ScopeItems;
import cn.gov.tobacco.licensing.application.ApplicationState;
import cn.gov.tobacco.licensing.application.Risk;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.platform.security.Callers;

@RestController
class QueueController implements QueueApi {

	private static final String COLUMNS = "id, number, type, state, business_name, operator_name, credit_code, "
			+ "jurisdiction, submitted_on, current_due, version, applicant_subject, items, instant_review_until";

	private final DatabaseClient db;

	private final CalendarService calendars;

	QueueController(DatabaseClient db, CalendarService calendars) {
		this.db = db;
		this.calendars = calendars;
	}

	@Override
	public Mono<ResponseEntity<QueuePageDto>> getWorkQueue(ApplicationTypeDto type, ApplicationStateDto state,
			String district, LocalDate submittedFrom, LocalDate submittedTo, ScopeItemDto item, Boolean instantReview,
			String q, Integer limit, String cursor, ServerWebExchange exchange) {
		int size = KeysetCursor.limit(limit);
		KeysetCursor after = KeysetCursor.decode(cursor);
		return Callers.required().flatMap((caller) -> {
			if (!Access.isCaseworker(caller) && !Access.isInspector(caller)) {
				return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
						Text.of("工作队列仅供工作人员使用", "The work queue is for bureau staff")));
			}
			// an inspector's queue: the site checks assigned to them
			String assignee = Access.isCaseworker(caller) ? null : caller.subject();
			QueueQuery query = new QueueQuery(caller.jurisdiction(), (type != null) ? type.name() : null,
					(state != null) ? state.name() : null, district, submittedFrom, submittedTo, q, assignee,
					(item != null) ? item.name() : null, Boolean.TRUE.equals(instantReview),
					LocalDate.now(ZoneId.of("Asia/Shanghai")));
			Map<String, Object> params = QueueQuery.params();
			String where = query.where(params);
			Map<String, Object> pageParams = QueueQuery.params();
			pageParams.putAll(params);
			String keyset = (after != null) ? " and (" + query.sort() + ", id) > (:afterDue, :afterId)" : "";
			if (after != null) {
				pageParams.put("afterDue", LocalDate.parse(after.sortKey()));
				pageParams.put("afterId", after.id());
			}
			pageParams.put("limit", size + 1);
			Mono<List<QueueItemDto>> rows = this.calendars.calendar()
				.flatMap((calendar) -> this.db
					.sql("select " + COLUMNS + " from application where " + where + keyset + " order by " + query.sort()
							+ ", id limit :limit")
					.bindValues(pageParams)
					.map((row) -> item(row, calendar))
					.all()
					.collectList());
			Mono<Long> total = this.db.sql("select count(*) from application where " + where)
				.bindValues(params)
				.map((row) -> row.get(0, Long.class))
				.one();
			return Mono.zip(rows, total).map((t) -> page(t.getT1(), t.getT2(), size, query.instantReview()));
		}).map(ResponseEntity::ok);
	}

	private static QueuePageDto page(List<QueueItemDto> items, long total, int size, boolean instantReview) {
		boolean more = items.size() > size;
		List<QueueItemDto> shown = more ? items.subList(0, size) : items;
		String next = null;
		if (more) {
			QueueItemDto last = shown.get(size - 1);
			LocalDate due = instantReview ? last.getReviewUntil()
					: (last.getCurrentDue() != null) ? last.getCurrentDue() : LocalDate.of(9999, 12, 31);
			next = new KeysetCursor(due.toString(), last.getId()).encode();
		}
		return new QueuePageDto().items(shown).total(total).limit(size).nextCursor(next);
	}

	private static QueueItemDto item(io.r2dbc.spi.Readable row, WorkingDayCalendar calendar) {
		ApplicationState state = ApplicationState.valueOf(row.get("state", String.class));
		LocalDate due = row.get("current_due", LocalDate.class);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		return new QueueItemDto().id(row.get("id", UUID.class))
			.number(row.get("number", String.class))
			.type(ApplicationTypeDto.valueOf(row.get("type", String.class)))
			.state(ApplicationStateDto.valueOf(state.name()))
			.businessName(row.get("business_name", String.class))
			.operatorName(row.get("operator_name", String.class))
			.creditCode(row.get("credit_code", String.class))
			.jurisdiction(row.get("jurisdiction", String.class))
			.submittedOn(row.get("submitted_on", LocalDate.class))
			.currentDue(due)
			.risk(RiskDto.valueOf(Risk.of(state, due, today, calendar).name()))
			.version(row.get("version", Long.class))
			.retailer(row.get("applicant_subject", String.class))
			.items(items(row.get("items", String.class)))
			.reviewUntil(row.get("instant_review_until", LocalDate.class));
	}

	private static List<ScopeItemDto> items(String stored) {
		return (stored != null) ? ScopeItems.list(stored).stream().map(ScopeItemDto::valueOf).toList() : null;
	}

}
