package cn.gov.tobacco.licensing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import cn.gov.tobacco.licensing.license.License;
import cn.gov.tobacco.licensing.license.LicenseStatus;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What must hold to submit, without Spring or HTTP: the matrix refusal, and the rules
 * tied to the license (renewal no later than 30 days before expiry, a suspension period
 * of at most a year from today on, the status each type needs).
 */
class SubmissionRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static final LocalDate VALID_UNTIL = LocalDate.of(2026, 12, 31);

	/** The rules that do not reach the license register (it is never asked here). */
	final SubmissionRules rules = new SubmissionRules(null);

	static License license(LicenseStatus status) {
		return new License(UUID.randomUUID(), "330106202600017", "330106", "r",
				new License.Holder("西湖文三路便利店", "92330106MA2H3C7D5X", "张三", "11010519491231002X", "13812345678",
						"杭州市西湖区文三路 100 号", "330106", 30.2772, 120.1425),
				"卷烟、雪茄烟零售", "CIGARETTE", LocalDate.of(2021, 12, 31), VALID_UNTIL, status, null, 0, Instant.EPOCH);
	}

	static Application application(ApplicationType type, LocalDate from, LocalDate until) {
		return RequirementsTests.application(type, RequirementsTests.FULL,
				new Filing(null, "330106202600017", null, from, until));
	}

	static Application application(ApplicationType type) {
		return application(type, null, null);
	}

	static void allowed(Mono<Void> result) {
		assertThat(result.hasElement().block()).isFalse();
	}

	static ApiException refused(Mono<Void> result) {
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(result::block);
		assertThat(thrown).isInstanceOf(ApiException.class);
		ApiException ex = (ApiException) thrown;
		assertThat(ex.kind()).isEqualTo(ProblemKind.BUSINESS_RULE);
		return ex;
	}

	static List<String> fields(ApiException ex) {
		return ex.fieldProblems().stream().map(FieldProblem::field).toList();
	}

	@Test
	void anIncompleteApplicationIsRefusedWithEveryMissingItem() {
		Application empty = RequirementsTests.application(ApplicationType.NEW, RequirementsTests.EMPTY, Filing.NONE);
		ApiException ex = refused(this.rules.check(empty, RequirementsTests.NONE, TODAY));
		List<String> missing = Requirements.missing(empty, RequirementsTests.NONE);
		assertThat(ex.properties()).containsEntry("missing", missing);
		assertThat(fields(ex)).isEqualTo(missing);
		assertThat(ex.detail().zh()).startsWith("申请尚不完整");
	}

	@Test
	void aCompleteNewApplicationNeedsNoLicense() {
		allowed(this.rules.check(
				RequirementsTests.application(ApplicationType.NEW, RequirementsTests.FULL, Filing.NONE),
				RequirementsTests.ALL, TODAY));
	}

	@Test
	void aRenewalIsFiledNoLaterThanThirtyDaysBeforeExpiry() {
		LocalDate latest = VALID_UNTIL.minusDays(SubmissionRules.RENEWAL_DAYS_BEFORE_EXPIRY);
		allowed(SubmissionRules.tied(application(ApplicationType.RENEWAL), license(LicenseStatus.ACTIVE), latest));
		allowed(SubmissionRules.tied(application(ApplicationType.RENEWAL), license(LicenseStatus.SUSPENDED), latest));
		ApiException late = refused(SubmissionRules.tied(application(ApplicationType.RENEWAL),
				license(LicenseStatus.ACTIVE), latest.plusDays(1)));
		assertThat(fields(late)).containsExactly("licenseNo");
		assertThat(late.detail().en()).contains(latest.toString());
		for (LicenseStatus status : new LicenseStatus[] { LicenseStatus.CLOSED, LicenseStatus.REVOKED,
				LicenseStatus.EXPIRED }) {
			assertThat(
					fields(refused(SubmissionRules.tied(application(ApplicationType.RENEWAL), license(status), TODAY))))
				.as("%s", status)
				.containsExactly("licenseNo");
		}
	}

	@Test
	void eachTypeNeedsTheLicenseInItsStatus() {
		for (LicenseStatus status : LicenseStatus.values()) {
			check(ApplicationType.CHANGE, status, status == LicenseStatus.ACTIVE);
			check(ApplicationType.RESUMPTION, status, status == LicenseStatus.SUSPENDED);
			check(ApplicationType.CLOSURE, status, status == LicenseStatus.ACTIVE || status == LicenseStatus.SUSPENDED);
			Application suspension = application(ApplicationType.SUSPENSION, TODAY, TODAY.plusMonths(3));
			if (status == LicenseStatus.ACTIVE) {
				allowed(SubmissionRules.tied(suspension, license(status), TODAY));
			}
			else {
				assertThat(fields(refused(SubmissionRules.tied(suspension, license(status), TODAY))))
					.containsExactly("licenseNo");
			}
		}
	}

	private static void check(ApplicationType type, LicenseStatus status, boolean allowed) {
		Mono<Void> result = SubmissionRules.tied(application(type), license(status), TODAY);
		if (allowed) {
			allowed(result);
		}
		else {
			assertThat(fields(refused(result))).as("%s on %s", type, status).containsExactly("licenseNo");
		}
	}

	@Test
	void aSuspensionStartsTodayOrLaterAndLastsLessThanAYear() {
		License active = license(LicenseStatus.ACTIVE);
		allowed(SubmissionRules.tied(application(ApplicationType.SUSPENSION, TODAY, TODAY.plusDays(1)), active, TODAY));
		allowed(SubmissionRules.tied(
				application(ApplicationType.SUSPENSION, TODAY.plusDays(3), TODAY.plusDays(3).plusYears(1).minusDays(1)),
				active, TODAY));
		assertThat(fields(refused(SubmissionRules
			.tied(application(ApplicationType.SUSPENSION, TODAY.minusDays(1), TODAY.plusDays(10)), active, TODAY))))
			.containsExactly("suspendFrom");
		assertThat(fields(
				refused(SubmissionRules.tied(application(ApplicationType.SUSPENSION, TODAY, TODAY), active, TODAY))))
			.containsExactly("suspendUntil");
		assertThat(fields(refused(SubmissionRules
			.tied(application(ApplicationType.SUSPENSION, TODAY, TODAY.plusYears(1)), active, TODAY))))
			.containsExactly("suspendUntil");
		ApiException both = refused(SubmissionRules
			.tied(application(ApplicationType.SUSPENSION, TODAY.minusDays(2), TODAY.minusDays(3)), active, TODAY));
		assertThat(fields(both)).containsExactly("suspendFrom", "suspendUntil");
		// A wrong period is reported before the license's status.
		assertThat(fields(refused(
				SubmissionRules.tied(application(ApplicationType.SUSPENSION, TODAY.minusDays(1), TODAY.plusDays(10)),
						license(LicenseStatus.SUSPENDED), TODAY))))
			.containsExactly("suspendFrom");
	}

}
