package cn.gov.tobacco.complaints.handovers;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.HandoversApi;
import cn.gov.tobacco.complaints.api.model.PullResultDto;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

/**
 * Pulls 12345 hand-overs on demand.
 */
@RestController
class HandoversController implements HandoversApi {

	private final HandoverService handovers;

	HandoversController(HandoverService handovers) {
		this.handovers = handovers;
	}

	@Override
	public Mono<ResponseEntity<PullResultDto>> pullHandovers(ServerWebExchange exchange) {
		return Callers.required()
			.filter((c) -> c.hasAny(Role.SUPERVISOR, Role.SERVICE))
			.switchIfEmpty(Mono.error(
					() -> new ApiException(ProblemKind.FORBIDDEN, Text.of("您的角色无权执行此操作", "Your role may not do this"))))
			.flatMap((caller) -> this.handovers.pull())
			.map((r) -> ResponseEntity
				.ok(new PullResultDto().received(r.received()).created(r.created()).alreadyTaken(r.alreadyTaken())));
	}

}
