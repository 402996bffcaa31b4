package cn.gov.tobacco.licensing.application;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.platform.problem.Text;

import static org.assertj.core.api.Assertions.assertThat;

/** 秒批's rule alone: every condition that keeps a filing from an instant decision. */
class InstantApprovalRuleTests {

	private static final Set<String> ON = Set.of("RENEWAL", "CHANGE_BUSINESS_NAME", "CHANGE_SCOPE");

	private static InstantApprovalRule.Facts qualifying() {
		return new InstantApprovalRule.Facts("RENEWAL", ON, "A", false, false, List.of(), false, List.of());
	}

	private static String unmet(InstantApprovalRule.Facts facts) {
		InstantApprovalRule.Verdict verdict = InstantApprovalRule.evaluate(facts);
		assertThat(verdict.approves()).isFalse();
		return String.join("; ", verdict.unmet().stream().map(Text::zh).toList());
	}

	@Test
	void approvesWhenEveryConditionHoldsAndSaysWhichItFound() {
		InstantApprovalRule.Verdict verdict = InstantApprovalRule.evaluate(qualifying());
		assertThat(verdict.approves()).isTrue();
		assertThat(verdict.unmet()).isEmpty();
		assertThat(verdict.met()).extracting(Text::zh)
			.contains("信用等级 A", "所需材料齐全且均已核验", "自动审查全部通过", "近 12 个月无查实举报、无严重失信记录");
		assertThat(InstantApprovalRule.DECIDED_BY).isEqualTo("RULE:instant-approval@1");
	}

	@Test
	void neverDecidesAnotherKindOfFiling() {
		assertThat(unmet(new InstantApprovalRule.Facts(null, ON, "A", false, false, List.of(), false, List.of())))
			.contains("不适用即时办结");
	}

	@Test
	void waitsForAPersonWhereTheJurisdictionHasItOff() {
		assertThat(unmet(new InstantApprovalRule.Facts("CHANGE_SCOPE", Set.of("RENEWAL"), "A", false, false, List.of(),
				false, List.of())))
			.contains("未对该类申请开启");
		assertThat(unmet(
				new InstantApprovalRule.Facts("RENEWAL", Set.of(), "A", false, false, List.of(), false, List.of())))
			.contains("未对该类申请开启");
	}

	@Test
	void needsCreditGradeA() {
		for (String grade : List.of("B", "C", "D")) {
			assertThat(unmet(
					new InstantApprovalRule.Facts("RENEWAL", ON, grade, false, false, List.of(), false, List.of())))
				.contains("信用等级 " + grade);
		}
	}

	@Test
	void aSubstantiatedReportOrABreachBlocksIt() {
		assertThat(unmet(new InstantApprovalRule.Facts("RENEWAL", ON, "A", true, false, List.of(), false, List.of())))
			.contains("查实举报或严重失信");
		assertThat(unmet(new InstantApprovalRule.Facts("RENEWAL", ON, "A", false, true, List.of(), false, List.of())))
			.contains("查实举报或严重失信");
	}

	@Test
	void aDocumentNobodyVerifiedOrACommitmentInsteadBlocksIt() {
		assertThat(unmet(
				new InstantApprovalRule.Facts("RENEWAL", ON, "A", false, false, List.of("ID_CARD"), false, List.of())))
			.contains("未经核验的材料")
			.contains("身份证");
		assertThat(unmet(new InstantApprovalRule.Facts("RENEWAL", ON, "A", false, false, List.of(), true, List.of())))
			.contains("告知承诺");
	}

	@Test
	void anyFailedAutomaticCheckBlocksIt() {
		assertThat(unmet(new InstantApprovalRule.Facts("CHANGE_SCOPE", ON, "A", false, false, List.of(), false,
				List.of("BUSINESS_REGISTRY", "ECIG_QUOTA"))))
			.contains("BUSINESS_REGISTRY")
			.contains("ECIG_QUOTA");
	}

	@Test
	void theKindsItCanDecide() {
		assertThat(InstantApprovalRule.kindOf(application(ApplicationType.RENEWAL, null))).isEqualTo("RENEWAL");
		assertThat(InstantApprovalRule.kindOf(application(ApplicationType.CHANGE, ChangeSubject.BUSINESS_NAME)))
			.isEqualTo("CHANGE_BUSINESS_NAME");
		assertThat(InstantApprovalRule.kindOf(application(ApplicationType.CHANGE, ChangeSubject.SCOPE)))
			.isEqualTo("CHANGE_SCOPE");
		assertThat(InstantApprovalRule.kindOf(application(ApplicationType.CHANGE, ChangeSubject.PREMISES))).isNull();
		assertThat(InstantApprovalRule.kindOf(application(ApplicationType.CHANGE, ChangeSubject.OPERATOR))).isNull();
		assertThat(InstantApprovalRule.kindOf(application(ApplicationType.NEW, null))).isNull();
		assertThat(InstantApprovalRule.kindOf(application(ApplicationType.SUSPENSION, null))).isNull();
	}

	private static Application application(ApplicationType type, ChangeSubject subject) {
		Premises premises = new Premises(null, null, null, null);
		ApplicantDetails details = new ApplicantDetails(null, null, null, null, null, premises, null, false);
		Filing filing = new Filing(null, "浙3301020001", subject, null, null, null, null);
		return new Application(java.util.UUID.randomUUID(), "SQ1", type, ApplicationState.DRAFT, 0, "r", "330102",
				details, filing, new Progress(), java.time.Instant.now(), java.time.Instant.now());
	}

}
