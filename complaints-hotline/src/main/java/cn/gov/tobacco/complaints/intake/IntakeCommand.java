package cn.gov.tobacco.complaints.intake;

import cn.gov.tobacco.complaints.cases.Actor;
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
 * @param actor who takes it in: the agent (accountable, recorded as creator and in the
 * audit chain, never shown in the history), {@link Actor#PUBLIC}, {@link Actor#ANONYMOUS}
 * or {@link Actor#HOTLINE_12345}; never the citizen's account
 * @param externalRef the 12345 hand-over id, if any
 */
public record IntakeCommand(CaseKind kind, Channel channel, String category, String divisionCode, String addressDetail,
		String retailerName, String description, String reporterName, String reporterPhone, String reporterIdNumber,
		String reporterSubject, Actor actor, String externalRef) {

	/** The actor the history shows for the intake entry: never a person. */
	public Actor historyActor() {
		return (this.channel == Channel.PHONE) ? Actor.HOTLINE_AGENT : this.actor;
	}

}
