package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.materials.DocumentType;
import cn.gov.tobacco.licensing.license.License;
import cn.gov.tobacco.licensing.license.LicenseStatus;
import cn.gov.tobacco.licensing.license.Licenses;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * What must hold for an application to be submitted: the per-type matrix, and the rules
 * tied to the license it concerns. Each refusal is a 422 that names what is wrong.
 */
@Component
class SubmissionRules {

	/** Renewal may be filed no later than this many days before expiry. */
	static final int RENEWAL_DAYS_BEFORE_EXPIRY = 30;

	private final Licenses licenses;

	SubmissionRules(Licenses licenses) {
		this.licenses = licenses;
	}

	Mono<Void> check(Application a, Set<DocumentType> attached, LocalDate today) {
		List<String> missing = Requirements.missing(a, attached);
		if (!missing.isEmpty()) {
			return Mono.error(new ApiException(ProblemKind.BUSINESS_RULE,
					Text.of("申请尚不完整，还缺：" + ItemLabels.of(missing).zh(),
							"The application is incomplete; still needed: " + ItemLabels.of(missing).en()),
					missing.stream().map((m) -> FieldProblem.of(m, "必须提供", "is required")).toList(),
					Map.of("missing", missing)));
		}
		if (a.type() == ApplicationType.NEW) {
			return Mono.empty();
		}
		return this.licenses.heldBy(a.filing().licenseNo(), a.applicantSubject())
			.switchIfEmpty(Mono.error(() -> refused("licenseNo", "您名下没有这张许可证", "You hold no such license")))
			.flatMap((license) -> tied(a, license, today));
	}

	/** The rules tied to the license the application concerns (the caller holds it). */
	static Mono<Void> tied(Application a, License license, LocalDate today) {
		LicenseStatus status = license.status();
		return switch (a.type()) {
			case RENEWAL -> {
				LocalDate latest = license.validUntil().minusDays(RENEWAL_DAYS_BEFORE_EXPIRY);
				if (status != LicenseStatus.ACTIVE && status != LicenseStatus.SUSPENDED) {
					yield Mono.error(refused("licenseNo", "许可证状态为 " + status + "，不能延续",
							"A license in status " + status + " cannot be renewed"));
				}
				yield today.isAfter(latest) ? Mono.error(refused("licenseNo", "延续申请须在有效期届满 30 日前提出（最迟 " + latest + "）",
						"Renewal must be filed no later than 30 days before expiry (at the latest " + latest + ")"))
						: Mono.empty();
			}
			case CHANGE -> expect(status, LicenseStatus.ACTIVE, "change");
			case SUSPENSION -> {
				LocalDate from = a.filing().suspendFrom();
				LocalDate until = a.filing().suspendUntil();
				List<FieldProblem> problems = new ArrayList<>();
				if (from.isBefore(today)) {
					problems.add(FieldProblem.of("suspendFrom", "不能早于今天", "must not be in the past"));
				}
				if (!until.isAfter(from)) {
					problems.add(FieldProblem.of("suspendUntil", "须晚于停业开始日", "must be after suspendFrom"));
				}
				else if (!until.isBefore(from.plusYears(1))) {
					problems.add(FieldProblem.of("suspendUntil", "停业期限最长一年", "a suspension lasts at most one year"));
				}
				yield problems.isEmpty() ? expect(status, LicenseStatus.ACTIVE, "suspend")
						: Mono.error(new ApiException(ProblemKind.BUSINESS_RULE,
								Text.of("停业期限不符合规定", "The suspension period is not allowed"), problems, Map.of()));
			}
			case RESUMPTION -> expect(status, LicenseStatus.SUSPENDED, "resume");
			case CLOSURE -> (status == LicenseStatus.ACTIVE || status == LicenseStatus.SUSPENDED) ? Mono.empty()
					: Mono.error(refused("licenseNo", "许可证状态为 " + status + "，不能歇业",
							"A license in status " + status + " cannot be closed"));
			case NEW -> Mono.empty();
		};
	}

	private static Mono<Void> expect(LicenseStatus actual, LicenseStatus wanted, String what) {
		return (actual == wanted) ? Mono.empty() : Mono.error(refused("licenseNo", "许可证状态为 " + actual + "，不能办理此事项",
				"Cannot " + what + " a license in status " + actual));
	}

	static ApiException refused(String field, String zh, String en) {
		return new ApiException(ProblemKind.BUSINESS_RULE, Text.of(zh, en), List.of(FieldProblem.of(field, zh, en)),
				Map.of());
	}

}
