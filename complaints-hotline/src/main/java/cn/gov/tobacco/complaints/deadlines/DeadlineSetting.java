package cn.gov.tobacco.complaints.deadlines;

/**
 * The deadlines in force for a kind and category.
 *
 * @param id the setting's row (recorded on the case, so the rule used stays visible)
 * @param acknowledgeHours hours to acknowledge (accept or refuse)
 * @param answerWorkingDays working days from dispatch to the answer
 */
public record DeadlineSetting(long id, int acknowledgeHours, int answerWorkingDays) {

}
