package cn.gov.tobacco.licensing.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.licensing.audit.RecordKeeper;
import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.licensing.credit.CreditStandings;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/**
 * Visits outside a monthly plan: an INSPECTOR's UNPLANNED visit of a shop met in the
 * field, and the visits other parts of supervision open (REINSPECTION, WARNING).
 */
@Component
class FieldVisits {

	private final VisitStore visits;

	private final Verdicts verdicts;

	private final CreditStandings standings;

	private final RecordKeeper recordKeeper;

	private final TransactionalOperator tx;

	private final BureauClock time;

	FieldVisits(VisitStore visits, Verdicts verdicts, CreditStandings standings, RecordKeeper recordKeeper,
			TransactionalOperator tx, BureauClock time) {
		this.visits = visits;
		this.verdicts = verdicts;
		this.standings = standings;
		this.recordKeeper = recordKeeper;
		this.tx = tx;
		this.time = time;
	}

	/** The request of an unplanned visit. */
	record Unplanned(String code, String address, String jurisdiction, Double latitude, Double longitude) {
	}

	Mono<Visit> startUnplanned(Caller caller, Unplanned u) {
		if (!Access.holds(caller, Role.INSPECTOR)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有检查人员可以发起临时检查", "Only an inspector opens an unplanned visit")));
		}
		String address = (u.address() != null && !u.address().isBlank()) ? u.address().strip() : null;
		String code = (u.code() != null && !u.code().isBlank()) ? u.code() : null;
		if (code == null && address == null) {
			return Mono.error(ApiException.validation(List.of(FieldProblem.of("code", "须扫描或输入许可证号，或填写地址",
					"scan or type the license number, or give the address"))));
		}
		Mono<Verdicts.Verdict> verdict = (code != null) ? this.verdicts.of(code) : Mono.empty();
		LocalDate today = this.time.today();
		return verdict.map(List::of).defaultIfEmpty(List.of()).flatMap((found) -> {
			Verdicts.Verdict v = found.isEmpty() ? null : found.get(0);
			Verdicts.LicenseFacts l = (v != null) ? v.license() : null;
			if (l != null) {
				if (!caller.covers(l.jurisdiction())) {
					return Mono.<Visit>error(
							ApiException.businessRule("该许可证不在您的管辖范围内", "That license is outside your jurisdiction"));
				}
				return this.standings.of(List.of(l.holderSubject()))
					.map((m) -> m.getOrDefault(l.holderSubject(), CreditStandings.Standing.CLEAN).grade())
					.flatMap((grade) -> open(caller,
							new VisitStore.NewVisit(UUID.randomUUID(), l.number(), l.jurisdiction(), "UNPLANNED", grade,
									List.of("UNPLANNED"), caller.subject(), today,
									(address != null) ? address : l.address(), null, null, code, v.verdict(),
									u.latitude(), u.longitude(), caller.subject())));
			}
			if (address == null) {
				return Mono.<Visit>error(ApiException.validation(List.of(FieldProblem.of("address", "未找到有效许可证，须填写经营地址",
						"no license of the register: give the shop's address"))));
			}
			String district = (u.jurisdiction() != null) ? u.jurisdiction() : caller.jurisdiction().code();
			if (district.endsWith("00")) {
				return Mono.<Visit>error(ApiException.validation(List
					.of(FieldProblem.of("jurisdiction", "请选择经营地址所在的区县", "choose the district of the address"))));
			}
			if (!caller.covers(district)) {
				return Mono
					.<Visit>error(ApiException.notFound("该区县不在您的管辖范围内", "That district is outside your jurisdiction"));
			}
			return open(caller,
					new VisitStore.NewVisit(UUID.randomUUID(), null, district, "UNPLANNED", null, List.of("UNPLANNED"),
							caller.subject(), today, address, null, null, code, (v != null) ? v.verdict() : null,
							u.latitude(), u.longitude(), caller.subject()));
		}).as(this.tx::transactional);
	}

	/**
	 * Writes a visit outside a plan with its audit entry, in the caller's transaction.
	 */
	Mono<Visit> open(Caller caller, VisitStore.NewVisit n) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("visitId", n.id().toString());
		detail.put("kind", n.kind());
		detail.put("licenseNo", n.licenseNo());
		detail.put("jurisdiction", n.jurisdiction());
		detail.put("inspector", n.inspector());
		detail.put("dueOn", n.dueOn().toString());
		detail.put("scanVerdict", n.scanVerdict());
		if (n.rectificationId() != null) {
			detail.put("rectificationId", n.rectificationId().toString());
		}
		if (n.warningId() != null) {
			detail.put("warningId", n.warningId().toString());
		}
		return this.visits.insert(n)
			.then(this.recordKeeper.record(VisitStore.AGGREGATE, n.id(), "OPENED",
					(caller != null) ? caller.subject() : "system", detail, "InspectionVisitOpened", detail))
			.then(this.visits.byId(n.id(), false));
	}

}
