package cn.gov.tobacco.complaints.workflow;

import java.math.BigDecimal;

import cn.gov.tobacco.complaints.cases.Outcome;

/**
 * What a staff member asks to do.
 *
 * @param action the action name (the lifecycle action, or {@code REWARD})
 * @param version the case version the caller saw
 * @param reason why (NOT_ACCEPT, ESCALATE)
 * @param publicAnswer the answer shown to the citizen (ANSWER)
 * @param outcome the outcome (ANSWER)
 * @param rewardAmount the reward in yuan (REWARD)
 * @param licenseNo the reported retailer's license number (ANSWER of a REPORT)
 */
public record ActionRequest(String action, long version, String reason, String publicAnswer, Outcome outcome,
		BigDecimal rewardAmount, String licenseNo) {

}
