package cn.gov.tobacco.licensing.postverification;

import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.PostVerificationApi;
import cn.gov.tobacco.licensing.api.model.PostVerificationDto;
import cn.gov.tobacco.licensing.api.model.PostVerificationFindingsDto;
import cn.gov.tobacco.licensing.api.model.PostVerificationPageDto;
import cn.gov.tobacco.licensing.application.ApplicationService;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.security.Callers;

@RestController
class PostVerificationController implements PostVerificationApi {

	private final PostVerifications postVerifications;

	private final PostVerificationQueries queries;

	private final ApplicationService applications;

	private final BureauClock time;

	PostVerificationController(PostVerifications postVerifications, PostVerificationQueries queries,
			ApplicationService applications, BureauClock time) {
		this.postVerifications = postVerifications;
		this.queries = queries;
		this.applications = applications;
		this.time = time;
	}

	@Override
	public Mono<ResponseEntity<PostVerificationDto>> getPostVerification(UUID applicationId,
			ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> this.applications.get(caller, applicationId))
			.flatMap((a) -> this.postVerifications.ofApplication(a.id()))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("没有事后核查任务", "No post-verification")))
			.map((t) -> ResponseEntity.ok(toDto(t, this.time.today())));
	}

	@Override
	public Mono<ResponseEntity<PostVerificationDto>> recordPostVerification(UUID id,
			Mono<PostVerificationFindingsDto> body, ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.postVerifications.record(t.getT1(), id, t.getT2().getTruthful(),
					t.getT2().getFindings()))
			.map((t) -> ResponseEntity.ok(toDto(t)));
	}

	@Override
	public Mono<ResponseEntity<PostVerificationPageDto>> listPostVerifications(Integer limit, String cursor,
			String status, Boolean overdue, ServerWebExchange exchange) {
		int size = KeysetCursor.limit(limit);
		KeysetCursor after = KeysetCursor.decode(cursor);
		return Callers.required()
			.flatMap((caller) -> this.queries.page(caller, status, overdue, size, after))
			.map((page) -> ResponseEntity.ok(new PostVerificationPageDto()
				.items(page.items().stream().map(PostVerificationController::toDto).toList())
				.total(page.total())
				.limit(page.limit())
				.nextCursor(page.nextCursor())));
	}

	private static PostVerificationDto toDto(PostVerificationQueries.Listed l) {
		return toDto(l.task()).overdue(l.overdue()).businessName(l.businessName());
	}

	/** A task read alone: overdue when still PENDING after its due day. */
	private static PostVerificationDto toDto(PostVerifications.Task t, LocalDate today) {
		return toDto(t).overdue("PENDING".equals(t.status()) && t.dueOn().isBefore(today));
	}

	private static PostVerificationDto toDto(PostVerifications.Task t) {
		return new PostVerificationDto().id(t.id())
			.applicationId(t.applicationId())
			.licenseNo(t.licenseNo())
			.jurisdiction(t.jurisdiction())
			.dueOn(t.dueOn())
			.status(PostVerificationDto.StatusEnum.valueOf(t.status()))
			.findings(t.findings())
			.recordedBy(t.recordedBy())
			.retailer(t.subject());
	}

}
