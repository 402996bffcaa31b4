package cn.gov.tobacco.complaints.handovers;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

import cn.gov.tobacco.complaints.cases.Actor;
import cn.gov.tobacco.complaints.cases.CaseKind;
import cn.gov.tobacco.complaints.cases.Channel;
import cn.gov.tobacco.complaints.categories.Category;
import cn.gov.tobacco.complaints.categories.CategoryRepository;
import cn.gov.tobacco.complaints.intake.IntakeCommand;
import cn.gov.tobacco.complaints.intake.IntakeService;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * Pulls hand-overs and takes each in once: a hand-over whose id is already on a case is
 * skipped, and the unique {@code external_ref} column settles a race between two pulls.
 */
@Service
public class HandoverService {

	private static final Logger log = LoggerFactory.getLogger(HandoverService.class);

	private static final Set<String> KINDS = Set.of("REPORT", "COMPLAINT", "CONSULTATION", "SUGGESTION");

	private final WebClient client;

	private final Hotline12345Properties properties;

	private final IntakeService intake;

	private final DatabaseClient db;

	private final CategoryRepository categories;

	HandoverService(Hotline12345Properties properties, IntakeService intake, DatabaseClient db,
			CategoryRepository categories) {
		this.categories = categories;
		this.properties = properties;
		this.intake = intake;
		this.db = db;
		this.client = WebClient.builder().baseUrl(properties.baseUrl()).build();
	}

	/** The counts of one pull. */
	public record Result(int received, int created, int alreadyTaken) {
	}

	public Mono<Result> pull() {
		return this.client.get()
			.uri("/exchange/v1/handovers?receiver=12313")
			.headers((h) -> h.setBearerAuth(this.properties.token()))
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.bodyToMono(Batch.class)
			.timeout(this.properties.timeout())
			.onErrorMap((ex) -> {
				log.warn("12345 exchange unavailable: {}", ex.toString());
				return new ApiException(ProblemKind.DEPENDENCY_UNAVAILABLE,
						Text.of("12345 交换平台暂不可用", "The 12345 exchange is unavailable"));
			})
			.flatMap((batch) -> Flux.fromIterable((batch.items() != null) ? batch.items() : List.<Handover>of())
				.concatMap(this::takeIn)
				.collectList()
				.map((taken) -> new Result(taken.size(), (int) taken.stream().filter((t) -> t).count(),
						(int) taken.stream().filter((t) -> !t).count())));
	}

	private Mono<Boolean> takeIn(Handover h) {
		return this.db.sql("SELECT id FROM cases WHERE external_ref = :ref")
			.bind("ref", h.id())
			.map((row, meta) -> row.get("id", UUID.class))
			.one()
			.map((existing) -> false)
			.switchIfEmpty(
					Mono.defer(() -> categoryOf(h).flatMap((category) -> this.intake.file(command(h, category), null))
						.flatMap((filed) -> replyBy(filed.caseId(), h))
						.thenReturn(true)))
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(false));
	}

	/**
	 * Keeps the exchange's reply deadline on the case (the dispatcher's answer due date
	 * keeps to it).
	 */
	private Mono<Void> replyBy(UUID caseId, Handover h) {
		if (h.replyBy() == null) {
			return Mono.empty();
		}
		return this.db.sql("UPDATE cases SET external_reply_by = :d WHERE id = :id")
			.bind("d", h.replyBy())
			.bind("id", caseId)
			.then();
	}

	/** Our category when the exchange names one we know and use, else OTHER. */
	private Mono<String> categoryOf(Handover h) {
		if (h.category() == null || h.category().isBlank()) {
			return Mono.just("OTHER");
		}
		return this.categories.find(h.category()).filter(Category::active).map(Category::code).defaultIfEmpty("OTHER");
	}

	private static IntakeCommand command(Handover h, String category) {
		CaseKind kind = KINDS.contains(h.kind()) ? CaseKind.valueOf(h.kind()) : CaseKind.COMPLAINT;
		return new IntakeCommand(kind, Channel.HOTLINE_12345, category, h.divisionCode(), h.address(), null,
				h.content(), h.callerName(), h.callerPhone(), null, null, Actor.HOTLINE_12345, h.id());
	}

	record Batch(List<Handover> items) {
	}

}
