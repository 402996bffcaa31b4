package cn.gov.tobacco.licensing.application;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import cn.gov.tobacco.licensing.api.BundlesApi;
import cn.gov.tobacco.licensing.api.model.ApplicationDto;
import cn.gov.tobacco.licensing.api.model.BundleDto;
import cn.gov.tobacco.licensing.api.model.BundlePageDto;
import cn.gov.tobacco.licensing.api.model.BundleRequestDto;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.platform.idempotency.IdempotencyStore;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Callers;
import cn.gov.tobacco.platform.security.Role;

/**
 * Bundles (一件事): several items filed together under one id; each keeps its own state and
 * deadline; the bundle shows the sum. Submitting a bundle submits every draft item or
 * none.
 */
@RestController
class BundlesController implements BundlesApi {

	private final ApplicationService applications;

	private final ApplicationRepository repository;

	private final Transitions transitions;

	private final CalendarService calendars;

	private final IdempotencyStore idempotency;

	private final BundleQueries bundles;

	private final org.springframework.transaction.reactive.TransactionalOperator tx;

	BundlesController(ApplicationService applications, ApplicationRepository repository, Transitions transitions,
			CalendarService calendars, IdempotencyStore idempotency, BundleQueries bundles,
			org.springframework.transaction.reactive.TransactionalOperator tx) {
		this.bundles = bundles;
		this.applications = applications;
		this.repository = repository;
		this.transitions = transitions;
		this.calendars = calendars;
		this.idempotency = idempotency;
		this.tx = tx;
	}

	@Override
	public Mono<ResponseEntity<BundleDto>> createBundle(Mono<BundleRequestDto> body, String idempotencyKey,
			ServerWebExchange exchange) {
		return Callers.required()
			.zipWith(body)
			.flatMap((t) -> this.idempotency.once(t.getT1().subject(), idempotencyKey, t.getT2(), BundleDto.class,
					() -> create(t.getT1(), t.getT2())))
			.map((r) -> ResponseEntity.status(HttpStatus.CREATED)
				.header("Idempotency-Replayed", Boolean.toString(r.replayed()))
				.body(r.value()));
	}

	private Mono<BundleDto> create(Caller caller, BundleRequestDto request) {
		UUID bundle = UUID.randomUUID();
		return Flux.fromIterable(request.getItems())
			.concatMap((item) -> this.applications.createDraft(caller, ApplicationType.valueOf(item.getType().name()),
					ApplicationDtos.details(item), ApplicationDtos.filing(item).withBundle(bundle)))
			.then()
			.as(this.tx::transactional)
			.then(read(caller, bundle));
	}

	@Override
	public Mono<ResponseEntity<BundlePageDto>> listBundles(Integer limit, String cursor, ServerWebExchange exchange) {
		return Callers.required()
			.filter((caller) -> caller.has(Role.RETAILER))
			.switchIfEmpty(Mono.error(() -> new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有零售户有自己的打包事项", "Only a retailer has bundles of their own"))))
			.flatMap((caller) -> this.bundles
				.page(caller.subject(), KeysetCursor.limit(limit), KeysetCursor.decode(cursor))
				.flatMap((page) -> Flux.fromIterable(page.items())
					.concatMap((filed) -> read(caller, filed.id()))
					.collectList()
					.map((items) -> new BundlePageDto().items(items)
						.total(page.total())
						.limit(page.limit())
						.nextCursor(page.nextCursor()))))
			.map(ResponseEntity::ok);
	}

	@Override
	public Mono<ResponseEntity<BundleDto>> getBundle(UUID bundleId, ServerWebExchange exchange) {
		return Callers.required().flatMap((caller) -> read(caller, bundleId)).map(ResponseEntity::ok);
	}

	@Override
	public Mono<ResponseEntity<BundleDto>> submitBundle(UUID bundleId, ServerWebExchange exchange) {
		return Callers.required()
			.flatMap((caller) -> owned(caller, bundleId).flatMapMany(Flux::fromIterable)
				.filter((a) -> a.state() == ApplicationState.DRAFT)
				.concatMap((a) -> this.transitions.submit(caller, a.id(), a.version()))
				.then()
				.as(this.tx::transactional)
				.then(read(caller, bundleId)))
			.map(ResponseEntity::ok);
	}

	private Mono<List<Application>> owned(Caller caller, UUID bundleId) {
		return this.repository.findByBundle(bundleId)
			.filter((a) -> a.isVisibleTo(caller))
			.collectList()
			.filter((list) -> !list.isEmpty())
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("打包事项不存在", "No such bundle")));
	}

	private Mono<BundleDto> read(Caller caller, UUID bundleId) {
		return owned(caller, bundleId).zipWith(this.calendars.calendar()).map((t) -> {
			List<ApplicationDto> items = t.getT1()
				.stream()
				.map((a) -> ApplicationDtos.toDto(a, caller, t.getT2(), this.applications.today()))
				.toList();
			Map<String, Integer> byState = new TreeMap<>();
			items.forEach((i) -> byState.merge(i.getState().name(), 1, Integer::sum));
			return new BundleDto().id(bundleId)
				.createdAt(t.getT1()
					.stream()
					.map(Application::createdAt)
					.min(Comparator.naturalOrder())
					.map((at) -> at.atOffset(ZoneOffset.UTC))
					.orElse(null))
				.items(items)
				.total(items.size())
				.byState(byState)
				.nextDue(items.stream()
					.map((i) -> i.getDeadlines().getCurrentDue())
					.filter(Objects::nonNull)
					.min(Comparator.naturalOrder())
					.orElse(null));
		});
	}

}
