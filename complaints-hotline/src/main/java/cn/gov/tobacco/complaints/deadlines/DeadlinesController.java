package cn.gov.tobacco.complaints.deadlines;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.DeadlinesApi;
import cn.gov.tobacco.complaints.api.model.CaseKindDto;
import cn.gov.tobacco.complaints.api.model.DeadlineSettingDto;
import cn.gov.tobacco.complaints.api.model.NewDeadlineSettingDto;
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

	private final DatabaseClient db;

	DeadlinesController(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<ResponseEntity<Flux<DeadlineSettingDto>>> listDeadlineSettings(ServerWebExchange exchange) {
		return require(Role.ADMIN, Role.SUPERVISOR).map((caller) -> ResponseEntity
			.ok(this.db.sql("SELECT * FROM deadline_settings ORDER BY valid_from DESC, id DESC")
				.map((row, meta) -> dto(row))
				.all()));
	}

	@Override
	public Mono<ResponseEntity<DeadlineSettingDto>> addDeadlineSetting(Mono<NewDeadlineSettingDto> body,
			ServerWebExchange exchange) {
		return require(Role.ADMIN)
			.flatMap((admin) -> body.flatMap((s) -> this.db
				.sql("""
						INSERT INTO deadline_settings (kind, category_code, acknowledge_hours, answer_working_days, valid_from, created_by)
						SELECT :kind, c.code, :ack, :days, :from, :by FROM (SELECT NULLIF(CAST(:category AS varchar), '') AS code) c
						WHERE c.code IS NULL OR EXISTS (SELECT 1 FROM categories WHERE code = c.code)
						RETURNING *""")
				.bind("kind", s.getKind().getValue())
				.bind("category", (s.getCategory() != null) ? s.getCategory() : "")
				.bind("ack", s.getAcknowledgeHours())
				.bind("days", s.getAnswerWorkingDays())
				.bind("from", Instant.now())
				.bind("by", admin.subject())
				.map((row, meta) -> dto(row))
				.one()))
			.switchIfEmpty(Mono.error(() -> ApiException.businessRule("分类不存在", "No such category")))
			.map((dto) -> ResponseEntity.status(HttpStatus.CREATED).body(dto));
	}

	private static Mono<Caller> require(Role... roles) {
		return Callers.required()
			.filter((c) -> c.hasAny(roles))
			.switchIfEmpty(Mono.error(() -> new ApiException(ProblemKind.FORBIDDEN,
					Text.of("您的角色无权执行此操作", "Your role may not do this"))));
	}

	private static DeadlineSettingDto dto(Readable row) {
		return new DeadlineSettingDto().id(row.get("id", Long.class))
			.kind(CaseKindDto.fromValue(row.get("kind", String.class)))
			.category(row.get("category_code", String.class))
			.acknowledgeHours(row.get("acknowledge_hours", Integer.class))
			.answerWorkingDays(row.get("answer_working_days", Integer.class))
			.validFrom(row.get("valid_from", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC))
			.createdBy(row.get("created_by", String.class));
	}

}
