package cn.gov.tobacco.complaints.cases;

import java.time.Instant;

/**
 * One state change of a case.
 *
 * @param from the state before, {@code null} at intake
 * @param to the state after
 * @param action what happened
 * @param actor who did it (a staff member with their display name, or a neutral label)
 * @param reason why, if given
 * @param at when
 */
public record CaseEvent(CaseState from, CaseState to, String action, Actor actor, String reason, Instant at) {

}
