package cn.gov.tobacco.complaints.handovers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.audit.CaseEvents;
import cn.gov.tobacco.complaints.audit.ComplaintsEvents;
import cn.gov.tobacco.complaints.cases.Channel;
import cn.gov.tobacco.complaints.cases.Outcome;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.complaints.workflow.HandedOverCases;

/**
 * 办结反馈: a case handed over by the 12345 exchange is reported back through the outbox, in
 * the transaction of the change: signed for (签收) when accepted, and the answer and
 * outcome when answered. {@link Hotline12345FeedbackSink} delivers both and the outbox
 * retries until the exchange acknowledges. Only what the exchange sent us and the
 * bureau's answer go back: never reporter data the exchange did not send.
 */
@Component
class HandoverFeedback implements HandedOverCases {

	private final DatabaseClient db;

	private final CaseEvents outbox;

	private final JsonMapper json;

	private final BureauClock clock;

	HandoverFeedback(DatabaseClient db, CaseEvents outbox, JsonMapper json, BureauClock clock) {
		this.db = db;
		this.outbox = outbox;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The hand-over of a case: the exchange's id and reply deadline, if it came from
	 * 12345.
	 */
	Mono<Optional<Ref>> handoverOf(UUID caseId) {
		return this.db
			.sql("SELECT external_ref, external_reply_by FROM cases WHERE id = :id AND channel = :channel "
					+ "AND external_ref IS NOT NULL")
			.bind("id", caseId)
			.bind("channel", Channel.HOTLINE_12345.name())
			.map((row, meta) -> new Ref(row.get("external_ref", String.class),
					row.get("external_reply_by", LocalDate.class)))
			.one()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
	}

	/** The last moment of the exchange's reply day, in the bureau's zone. */
	@Override
	public Mono<Optional<Instant>> replyDeadline(UUID caseId) {
		return handoverOf(caseId).map((ref) -> ref.map(Ref::replyBy).map(this.clock::endOf));
	}

	/** On acceptance: the hand-over is signed for. */
	@Override
	public Mono<Void> signedFor(UUID caseId, String caseNumber, Instant at) {
		return handoverOf(caseId).flatMap((ref) -> ref.map((r) -> {
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("handoverId", r.handoverId());
			payload.put("caseNumber", caseNumber);
			payload.put("signedForAt", at.toString());
			return this.outbox.add(caseId, ComplaintsEvents.HANDOVER_SIGNED_FOR, this.json.writeValueAsString(payload));
		}).orElse(Mono.empty()));
	}

	/** On the answer: the answer and outcome go back. */
	@Override
	public Mono<Void> answered(UUID caseId, String caseNumber, String answer, Outcome outcome, Instant at) {
		return handoverOf(caseId).flatMap((ref) -> ref.map((r) -> {
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("handoverId", r.handoverId());
			payload.put("caseNumber", caseNumber);
			payload.put("answer", answer);
			payload.put("outcome", outcome.name());
			payload.put("outcomeLabel", label(outcome));
			payload.put("answeredAt", at.toString());
			if (r.replyBy() != null) {
				payload.put("replyBy", r.replyBy().toString());
			}
			return this.outbox.add(caseId, ComplaintsEvents.HANDOVER_ANSWERED, this.json.writeValueAsString(payload));
		}).orElse(Mono.empty()));
	}

	static String label(Outcome outcome) {
		return switch (outcome) {
			case SUBSTANTIATED -> "查证属实";
			case UNSUBSTANTIATED -> "查无实据";
			case REFERRED -> "已移交";
			case DUPLICATE -> "重复件";
		};
	}

	/**
	 * A hand-over.
	 *
	 * @param handoverId the exchange's id
	 * @param replyBy the exchange's reply deadline, if it sent one
	 */
	record Ref(String handoverId, LocalDate replyBy) {
	}

}
