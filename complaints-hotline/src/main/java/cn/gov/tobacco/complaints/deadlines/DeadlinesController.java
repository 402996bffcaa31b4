package cn.gov.tobacco.complaints.deadlines;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.DeadlinesApi;
import cn.gov.tobacco.complaints.api.model.DeadlineSettingDto;
import cn.gov.tobacco.complaints.api.model.NewDeadlineSettingDto;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

/**
 * Deadline settings: ADMIN adds a new one (in force from now on, the old one kept as
 * history); ADMIN and SUPERVISOR read all of them.
 */
@RestController
class DeadlinesController implements DeadlinesApi {

	private final DeadlineSettingRepository settings;

	private final BureauClock clock;

	DeadlinesController(DeadlineSettingRepository settings, BureauClock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Mono<ResponseEntity<Flux<DeadlineSettingDto>>> listDeadlineSettings(ServerWebExchange exchange) {
		return require(Role.ADMIN, Role.SUPERVISOR).map((caller) -> ResponseEntity.ok(this.settings.all()));
	}

	@Override
	public Mono<ResponseEntity<DeadlineSettingDto>> addDeadlineSetting(Mono<NewDeadlineSettingDto> body,
			ServerWebExchange exchange) {
		return require(Role.ADMIN)
			.flatMap((admin) -> body.flatMap((s) -> this.settings.add(s.getKind().getValue(), s.getCategory(),
					s.getAcknowledgeHours(), s.getAnswerWorkingDays(), this.clock.now(), admin.subject())))
			.switchIfEmpty(Mono.error(() -> ApiException.businessRule("分类不存在", "No such category")))
			.map((dto) -> ResponseEntity.status(HttpStatus.CREATED).body(dto));
	}

	private static Mono<Caller> require(Role... roles) {
		return Callers.required()
			.filter((c) -> c.hasAny(roles))
			.switchIfEmpty(Mono.error(() -> new ApiException(ProblemKind.FORBIDDEN,
					Text.of("您的角色无权执行此操作", "Your role may not do this"))));
	}

}
