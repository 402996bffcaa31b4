package cn.gov.tobacco.complaints.open311;

import java.time.ZoneOffset;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.complaints.api.Open311Api;
import cn.gov.tobacco.complaints.api.model.Open311RequestDto;
import cn.gov.tobacco.complaints.api.model.Open311ServiceDto;
import cn.gov.tobacco.complaints.cases.CaseFilter;
import cn.gov.tobacco.complaints.cases.CaseOrder;
import cn.gov.tobacco.complaints.cases.CaseQueries;
import cn.gov.tobacco.complaints.cases.CaseRow;
import cn.gov.tobacco.complaints.categories.CategoryRepository;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

/**
 * Open311 services (the categories) and requests (cases). Readers: other systems with a
 * SERVICE token (whole province) and supervisors (their subtree).
 */
@RestController
class Open311Controller implements Open311Api {

	private final CategoryRepository categories;

	private final CaseQueries queries;

	Open311Controller(CategoryRepository categories, CaseQueries queries) {
		this.categories = categories;
		this.queries = queries;
	}

	@Override
	public Mono<ResponseEntity<Flux<Open311ServiceDto>>> open311Services(ServerWebExchange exchange) {
		return reader().map((caller) -> ResponseEntity.ok(this.categories.all()
			.map((c) -> new Open311ServiceDto().serviceCode(c.code())
				.serviceName(c.nameZh())
				.description(c.nameEn())
				.metadata(false)
				.type("realtime")
				.group(c.parentCode())
				.keywords(c.urgent() ? "urgent" : null))));
	}

	@Override
	public Mono<ResponseEntity<Flux<Open311RequestDto>>> open311Requests(Integer limit, String cursor, String status,
			ServerWebExchange exchange) {
		if (status != null && !"open".equals(status) && !"closed".equals(status)) {
			return Mono.error(ApiException
				.validation(List.of(FieldProblem.of("status", "只能是 open 或 closed", "must be open or closed"))));
		}
		return reader()
			.flatMap((caller) -> this.queries.page(byStatus(CaseFilter.within(scope(caller)), status),
					CaseOrder.NEWEST_FIRST, KeysetCursor.limit(limit), KeysetCursor.decode(cursor)))
			.map((page) -> {
				ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
					.header("X-Total-Count", Long.toString(page.total()));
				if (page.nextCursor() != null) {
					ok.header("X-Next-Cursor", page.nextCursor());
				}
				return ok.body(Flux.fromIterable(page.items()).map(Open311Controller::request));
			});
	}

	@Override
	public Mono<ResponseEntity<Flux<Open311RequestDto>>> open311Request(String serviceRequestId,
			ServerWebExchange exchange) {
		return reader()
			.flatMap((caller) -> this.queries.one(CaseFilter.within(scope(caller)).caseNumber(serviceRequestId)))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("没有该工单", "No such service request")))
			.map((row) -> ResponseEntity.ok(Flux.just(request(row))));
	}

	private static Mono<Caller> reader() {
		return Callers.required()
			.filter((c) -> c.has(Role.SERVICE) || (c.has(Role.SUPERVISOR) && c.jurisdiction() != null))
			.switchIfEmpty(Mono.error(() -> new ApiException(ProblemKind.FORBIDDEN,
					Text.of("仅供政务系统和督办人员读取", "For government systems and supervisors only"))));
	}

	/** {@code open}, {@code closed} or every case (the states of {@link #request}). */
	private static CaseFilter byStatus(CaseFilter filter, String status) {
		return (status == null) ? filter : filter.closed("closed".equals(status));
	}

	private static String scope(Caller caller) {
		return caller.has(Role.SERVICE) ? "%" : caller.jurisdiction().likePattern();
	}

	static Open311RequestDto request(CaseRow c) {
		return new Open311RequestDto().serviceRequestId(c.caseNumber())
			.status(c.state().isClosed() ? Open311RequestDto.StatusEnum.CLOSED : Open311RequestDto.StatusEnum.OPEN)
			.statusNotes(c.state().name())
			.serviceCode(c.category())
			.agencyResponsible("烟草专卖局 " + c.districtCode())
			.requestedDatetime(c.receivedAt().atOffset(ZoneOffset.UTC))
			.expectedDatetime((c.answerDueAt() != null) ? c.answerDueAt().atOffset(ZoneOffset.UTC) : null)
			.address(c.addressDetail())
			.zipcode(c.divisionCode());
	}

}
