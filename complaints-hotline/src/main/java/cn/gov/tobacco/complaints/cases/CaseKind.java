package cn.gov.tobacco.complaints.cases;

/**
 * REPORT 举报, COMPLAINT 投诉, CONSULTATION 咨询, SUGGESTION 建议.
 */
public enum CaseKind {

	REPORT, COMPLAINT, CONSULTATION, SUGGESTION

}
