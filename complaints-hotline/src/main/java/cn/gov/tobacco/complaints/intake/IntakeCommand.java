package cn.gov.tobacco.complaints.intake;

import cn.gov.tobacco.complaints.cases.CaseKind;
import cn.gov.tobacco.complaints.cases.Channel;

/**
 * A case to take in, from any channel.
 *
 * @param kind the kind
 * @param channel where it came from
 * @param category the category code
 * @param divisionCode the administrative division code of the address
 * @param addressDetail the street address
 * @param retailerName the retailer it is about, if any
 * @param description what was reported
 * @param reporterName the reporter's name, if given
 * @param reporterPhone the reporter's (or caller's) phone, if given
 * @param reporterIdNumber the reporter's ID number, if given
 * @param reporterSubject the signed-in citizen's subject, if any
 * @param actor who takes it in (the agent, the citizen, {@code anonymous}, {@code 12345})
 * @param externalRef the 12345 hand-over id, if any
 */
public record IntakeCommand(CaseKind kind, Channel channel, String category, String divisionCode, String addressDetail,
		String retailerName, String description, String reporterName, String reporterPhone, String reporterIdNumber,
		String reporterSubject, String actor, String externalRef) {

}
