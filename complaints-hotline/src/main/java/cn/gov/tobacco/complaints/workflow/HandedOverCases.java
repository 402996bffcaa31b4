package cn.gov.tobacco.complaints.workflow;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import cn.gov.tobacco.complaints.cases.Outcome;

/**
 * Cases the 12345 hotline handed over, as the workflow needs them: the exchange's reply
 * deadline, which a dispatch keeps to, and the feedback (办结反馈) the exchange gets when
 * such a case is accepted and answered, written in the transaction of the change. For any
 * other case each method does nothing. The handovers feature implements it: it takes
 * cases in through intake, which sits above the workflow.
 */
public interface HandedOverCases {

	/**
	 * The last moment of the exchange's reply day, if the case was handed over with one.
	 */
	Mono<Optional<Instant>> replyDeadline(UUID caseId);

	/** On acceptance: the hand-over is signed for (签收). */
	Mono<Void> signedFor(UUID caseId, String caseNumber, Instant at);

	/** On the answer: the answer and outcome go back. */
	Mono<Void> answered(UUID caseId, String caseNumber, String answer, Outcome outcome, Instant at);

}
