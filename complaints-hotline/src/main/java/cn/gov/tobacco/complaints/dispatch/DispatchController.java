package cn.gov.tobacco.complaints.dispatch;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.DispatchApi;
import cn.gov.tobacco.complaints.api.model.CasePageDto;
import cn.gov.tobacco.complaints.cases.CaseSummaries;
import cn.gov.tobacco.complaints.cases.StaffAccess;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.security.Role;

/**
 * The HANDLER's queue and the SUPERVISOR's alerts.
 */
@RestController
class DispatchController implements DispatchApi {

	private final Queues queues;

	DispatchController(Queues queues) {
		this.queues = queues;
	}

	@Override
	public Mono<ResponseEntity<CasePageDto>> handlerQueue(Integer limit, String cursor, ServerWebExchange exchange) {
		return StaffAccess.require(Role.HANDLER)
			.flatMap((caller) -> this.queues.handlerQueue(caller.jurisdiction(), KeysetCursor.limit(limit),
					KeysetCursor.decode(cursor)))
			.map((page) -> ResponseEntity.ok(CaseSummaries.page(page)));
	}

	@Override
	public Mono<ResponseEntity<CasePageDto>> supervisionAlerts(Integer limit, String cursor,
			ServerWebExchange exchange) {
		return StaffAccess.require(Role.SUPERVISOR)
			.flatMap((caller) -> this.queues.alerts(caller.jurisdiction(), KeysetCursor.limit(limit),
					KeysetCursor.decode(cursor)))
			.map((page) -> ResponseEntity.ok(CaseSummaries.page(page)));
	}

}
