package cn.gov.tobacco.licensing.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.licensing.access.Access;
import cn.gov.tobacco.platform.security.Caller;
import cn.gov.tobacco.platform.security.Role;

/** Credit profiles (grade and records) and credit events from other services. */
@Service
class CreditService {

	static final Text RULE = Text.of(
			"近三年未修复的记录计分：起始 100，违反承诺 −40，行政处罚 −20，查实举报 −10，按时延续 +5（最多 +10）；"
					+ "A ≥ 100，B ≥ 85，C ≥ 65，其余 D；禁入期内的违反承诺一律 D。检查频次：A 每年 1 次，B 2 次，C 4 次，D 12 次。",
			"Unrepaired records of the last three years are scored: start at 100, broken commitment −40, "
					+ "administrative penalty −20, substantiated report −10, timely renewal +5 (at most +10); "
					+ "A ≥ 100, B ≥ 85, C ≥ 65, otherwise D; a broken commitment within its bar period is always D. "
					+ "Inspections per year: A 1, B 2, C 4, D 12.");

	private final CreditRecords records;

	private final BureauClock time;

	CreditService(CreditRecords records, BureauClock time) {
		this.records = records;
		this.time = time;
	}

	/** A grade with every record behind it. */
	record Profile(String subject, CreditGrade.Result result, List<CreditRecord> records, LocalDate today) {
	}

	Mono<Profile> own(Caller caller) {
		if (!caller.has(Role.RETAILER)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有零售户可以查看本人信用", "Only a retailer has a credit profile of their own")));
		}
		return profile(caller.subject());
	}

	Mono<Profile> of(Caller caller, String subject) {
		if (!Access.isCaseworker(caller)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有专卖局工作人员可以查看零售户信用", "Only bureau staff read a retailer's credit")));
		}
		return this.records.covered(subject, Access.subtree(caller))
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("零售户不存在", "No such retailer")))
			.flatMap((covered) -> profile(subject));
	}

	private Mono<Profile> profile(String subject) {
		LocalDate today = this.time.today();
		return this.records.of(subject)
			.collectList()
			.map((list) -> new Profile(subject, CreditGrade.of(list, today), list, today));
	}

	/** A credit event from another service, recorded at most once per event id. */
	record Event(String eventId, CreditRecord.Kind kind, String licenseNo, String reason, LocalDate occurredOn,
			String reasonEn, String category) {

		Event(String eventId, CreditRecord.Kind kind, String licenseNo, String reason, LocalDate occurredOn) {
			this(eventId, kind, licenseNo, reason, occurredOn, null, null);
		}

	}

	Mono<CreditRecords.Written> receive(Caller caller, Event e) {
		if (!caller.has(Role.SERVICE)) {
			return Mono.error(new ApiException(ProblemKind.FORBIDDEN,
					Text.of("只有平台内部服务可以报送信用事件", "Only a platform service reports credit events")));
		}
		String source = "event:" + e.eventId();
		return this.records.bySource(source)
			.map((existing) -> new CreditRecords.Written(existing, false))
			.switchIfEmpty(
					Mono.defer(
							() -> this.records.holder(e.licenseNo())
								.switchIfEmpty(Mono.error(() -> ApiException.businessRule("许可证不存在", "No such license")))
								.flatMap(
										(h) -> this.records.add(
												new CreditRecord(UUID.randomUUID(), h.subject(),
														CreditEventSeverity.of(e.kind(), e.category(),
																h.sellsECigarettes()),
														e.reason(), e.occurredOn(), null, source, false, e.reasonEn()),
												h.creditCode(), h.idNumber(), caller.subject(), e.licenseNo()))));
	}

}
