package cn.gov.tobacco.licensing.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleTests {

	@Test
	void theHappyPathIsAllowed() {
		assertThat(Lifecycle.next(ApplicationState.DRAFT, Action.SUBMIT)).contains(ApplicationState.SUBMITTED);
		assertThat(Lifecycle.next(ApplicationState.SUBMITTED, Action.ACCEPT)).contains(ApplicationState.ACCEPTED);
		assertThat(Lifecycle.next(ApplicationState.ACCEPTED, Action.START_REVIEW))
			.contains(ApplicationState.UNDER_REVIEW);
		assertThat(Lifecycle.next(ApplicationState.UNDER_REVIEW, Action.ASSIGN_SITE_CHECK))
			.contains(ApplicationState.SITE_CHECK);
		assertThat(Lifecycle.next(ApplicationState.SITE_CHECK, Action.RECORD_SITE_CHECK))
			.contains(ApplicationState.UNDER_REVIEW);
		assertThat(Lifecycle.next(ApplicationState.UNDER_REVIEW, Action.APPROVE)).contains(ApplicationState.APPROVED);
	}

	@Test
	void correctionGoesBackAndForth() {
		assertThat(Lifecycle.next(ApplicationState.SUBMITTED, Action.REQUEST_CORRECTION))
			.contains(ApplicationState.CORRECTION_REQUESTED);
		assertThat(Lifecycle.next(ApplicationState.CORRECTION_REQUESTED, Action.RESUBMIT))
			.contains(ApplicationState.SUBMITTED);
	}

	@Test
	void nothingLeavesAFinalStateButTheRevocationOfAnInstantDecision() {
		for (ApplicationState state : ApplicationState.values()) {
			if (Lifecycle.isFinal(state)) {
				for (Action action : Action.values()) {
					if (state == ApplicationState.APPROVED && action == Action.REVOKE_INSTANT_DECISION) {
						continue;
					}
					assertThat(Lifecycle.next(state, action)).isEmpty();
				}
			}
		}
	}

	@Test
	void aRuleApprovesOnlyOnSubmissionAndItsDecisionGoesBackToAPersonWhenRevoked() {
		assertThat(Lifecycle.next(ApplicationState.SUBMITTED, Action.INSTANT_APPROVE))
			.contains(ApplicationState.APPROVED);
		assertThat(Lifecycle.next(ApplicationState.APPROVED, Action.REVOKE_INSTANT_DECISION))
			.contains(ApplicationState.UNDER_REVIEW);
		for (ApplicationState state : ApplicationState.values()) {
			if (state != ApplicationState.SUBMITTED) {
				assertThat(Lifecycle.next(state, Action.INSTANT_APPROVE)).isEmpty();
			}
			if (state != ApplicationState.APPROVED) {
				assertThat(Lifecycle.next(state, Action.REVOKE_INSTANT_DECISION)).isEmpty();
			}
		}
		assertThat(Action.INSTANT_APPROVE.role()).isNull();
		assertThat(Action.REVOKE_INSTANT_DECISION.role()).isEqualTo(cn.gov.tobacco.platform.security.Role.APPROVER);
	}

	@Test
	void skippingStepsIsNotAllowed() {
		assertThat(Lifecycle.next(ApplicationState.DRAFT, Action.APPROVE)).isEmpty();
		assertThat(Lifecycle.next(ApplicationState.SUBMITTED, Action.APPROVE)).isEmpty();
		assertThat(Lifecycle.next(ApplicationState.ACCEPTED, Action.APPROVE)).isEmpty();
		assertThat(Lifecycle.next(ApplicationState.SITE_CHECK, Action.APPROVE)).isEmpty();
		assertThat(Lifecycle.next(ApplicationState.APPROVED, Action.WITHDRAW)).isEmpty();
	}

}
