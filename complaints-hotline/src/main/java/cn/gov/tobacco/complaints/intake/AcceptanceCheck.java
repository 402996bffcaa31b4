package cn.gov.tobacco.complaints.intake;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.security.Jurisdiction;

/**
 * The acceptance check of DESIGN §6: the address must lie in the bureau's jurisdiction
 * and the description must state concrete facts. Returns a reason the citizen can read,
 * or {@code null} when the case may be accepted.
 */
@Component
public class AcceptanceCheck {

	private final Jurisdiction serviceArea;

	private final int minFactLength;

	AcceptanceCheck(IntakeProperties properties) {
		this.serviceArea = new Jurisdiction(properties.serviceArea());
		this.minFactLength = properties.minFactLength();
	}

	public boolean inServiceArea(String divisionCode) {
		return this.serviceArea.covers(divisionCode);
	}

	public String refusalReason(String divisionCode, String description) {
		if (!this.serviceArea.covers(divisionCode)) {
			return "所反映地址（行政区划 " + divisionCode + "）不在本局管辖范围内，请向当地烟草专卖局或 12345 热线反映。";
		}
		String facts = (description != null) ? description.replaceAll("\\s", "") : "";
		if (facts.codePointCount(0, facts.length()) < this.minFactLength) {
			return "反映内容缺少具体事实（时间、地点、经过等），无法受理，请补充后重新提交。";
		}
		return null;
	}

}
