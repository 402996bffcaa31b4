package cn.gov.tobacco.complaints.cases;

import java.time.Instant;

/**
 * One state change of a case.
 *
 * @param from the state before, {@code null} at intake
 * @param to the state after
 * @param action what happened
 * @param actor who did it (staff username, {@code citizen}, {@code system})
 * @param reason why, if given
 * @param at when
 */
public record CaseEvent(CaseState from, CaseState to, String action, String actor, String reason, Instant at) {

}
