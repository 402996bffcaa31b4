package cn.gov.tobacco.complaints.handovers;

/**
 * One case as the 12345 exchange hands it over.
 *
 * @param id the exchange's id of the hand-over
 * @param kind REPORT, COMPLAINT, CONSULTATION or SUGGESTION
 * @param category our category code, when the exchange knows it
 * @param divisionCode the administrative division code of the address
 * @param address the street address
 * @param content what the citizen said
 * @param callerName the caller's name, if given
 * @param callerPhone the caller's phone, if given
 * @param replyBy the exchange's deadline for our answer (办结时限), if it sets one
 */
record Handover(String id, String kind, String category, String divisionCode, String address, String content,
		String callerName, String callerPhone, java.time.LocalDate replyBy) {

}
