package cn.gov.tobacco.licensing.queue;

import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.api.QueueApi;
import cn.gov.tobacco.licensing.api.model.ApplicationStateDto;
import cn.gov.tobacco.licensing.api.model.ApplicationTypeDto;
import cn.gov.tobacco.licensing.api.model.QueueItemDto;
import cn.gov.tobacco.licensing.api.model.QueuePageDto;
import cn.gov.tobacco.licensing.api.model.RiskDto;
import cn.gov.tobacco.licensing.api.model.ScopeItemDto;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.license.ScopeItems;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Callers;

@RestController
class QueueController implements QueueApi {

	private final QueueQueries queue;

	private final BureauClock time;

	QueueController(QueueQueries queue, BureauClock time) {
		this.queue = queue;
		this.time = time;
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
			QueueFilter filter = new QueueFilter(caller.jurisdiction(), (type != null) ? type.name() : null,
					(state != null) ? state.name() : null, district, submittedFrom, submittedTo, q, assignee,
					(item != null) ? item.name() : null, Boolean.TRUE.equals(instantReview), this.time.today());
			return this.queue.page(filter, size, after);
		})
			.map((page) -> ResponseEntity
				.ok(new QueuePageDto().items(page.items().stream().map(QueueController::toDto).toList())
					.total(page.total())
					.limit(page.limit())
					.nextCursor(page.nextCursor())));
	}

	private static QueueItemDto toDto(QueueQueries.Item i) {
		return new QueueItemDto().id(i.id())
			.number(i.number())
			.type(ApplicationTypeDto.valueOf(i.type()))
			.state(ApplicationStateDto.valueOf(i.state().name()))
			.businessName(i.businessName())
			.operatorName(i.operatorName())
			.creditCode(i.creditCode())
			.jurisdiction(i.jurisdiction())
			.submittedOn(i.submittedOn())
			.currentDue(i.currentDue())
			.risk(RiskDto.valueOf(i.risk().name()))
			.version(i.version())
			.retailer(i.retailer())
			.items(items(i.items()))
			.reviewUntil(i.reviewUntil());
	}

	private static List<ScopeItemDto> items(String stored) {
		return (stored != null) ? ScopeItems.list(stored).stream().map(ScopeItemDto::valueOf).toList() : null;
	}

}
