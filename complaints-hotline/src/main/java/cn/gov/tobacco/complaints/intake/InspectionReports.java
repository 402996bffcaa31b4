package cn.gov.tobacco.complaints.intake;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.cases.Actor;
import cn.gov.tobacco.complaints.cases.CaseKind;
import cn.gov.tobacco.complaints.cases.Channel;
import cn.gov.tobacco.complaints.licenses.UnlicensedSaleCases;

/**
 * A sale without a license found by licensing's inspectors becomes a REPORT of category
 * UNLICENSED (无证经营) in the shop's district, taken in like any case (channel INSPECTION,
 * actor {@link Actor#INSPECTION}, no reporter). Its {@code external_ref} is
 * {@code licensing:<event id>}, unique, so one event makes one case.
 */
@Component
class InspectionReports implements UnlicensedSaleCases {

	static final String CATEGORY = "UNLICENSED";

	private static final Map<String, String> VERDICTS = Map.of("REVOKED", "出示的许可证已被撤销", "EXPIRED", "出示的许可证已过期",
			"SUSPENDED", "出示的许可证处于停业状态", "CLOSED", "出示的许可证已歇业注销", "UNKNOWN", "出示的许可证号不在许可证库中", "FORGED",
			"出示的许可证或二维码系伪造");

	private final IntakeService intake;

	InspectionReports(IntakeService intake) {
		this.intake = intake;
	}

	@Override
	public Mono<Void> open(Finding f) {
		return this.intake.file(command(f), null).then();
	}

	static IntakeCommand command(Finding f) {
		String address = (f.address() != null && !f.address().isBlank()) ? f.address().strip()
				: (f.licenseNo() != null) ? "许可证 " + f.licenseNo() + " 登记的经营场所" : "检查地点（未记录地址）";
		String shown = (f.scanVerdict() != null) ? VERDICTS.getOrDefault(f.scanVerdict(), "出示的许可证无效")
				: "经营者未能出示烟草专卖零售许可证";
		String description = f.foundOn() + " 烟草专卖局检查人员在" + address + "检查时发现经营者销售烟草制品，" + shown
				+ ((f.licenseNo() != null) ? "（许可证号 " + f.licenseNo() + "）" : "") + "，涉嫌无证经营，请辖区依法查处。";
		return new IntakeCommand(CaseKind.REPORT, Channel.INSPECTION, CATEGORY, f.divisionCode(), address, null,
				description, null, null, null, null, Actor.INSPECTION, "licensing:" + f.eventId());
	}

}
