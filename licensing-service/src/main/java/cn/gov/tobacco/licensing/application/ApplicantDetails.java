package cn.gov.tobacco.licensing.application;

/**
 * What the applicant fills in; in a draft any of it may still be missing.
 *
 * @param businessName 企业(字号)名称
 * @param creditCode 统一社会信用代码
 * @param operatorName 经营者姓名
 * @param operatorIdNumber 经营者身份证号
 * @param mobile 手机号码
 * @param premises 经营场所
 * @param businessScope 经营范围, e.g. 卷烟、雪茄烟零售
 * @param creditCodeLegacy the applicant declares a legacy credit code whose check
 * character fails (accepted, but a clerk must override the CREDIT_CODE check)
 */
public record ApplicantDetails(String businessName, String creditCode, String operatorName, String operatorIdNumber,
		String mobile, Premises premises, String businessScope, boolean creditCodeLegacy) {

	public ApplicantDetails {
		premises = (premises != null) ? premises : Premises.NONE;
	}

	public ApplicantDetails(String businessName, String creditCode, String operatorName, String operatorIdNumber,
			String mobile, Premises premises) {
		this(businessName, creditCode, operatorName, operatorIdNumber, mobile, premises, null, false);
	}

	public ApplicantDetails(String businessName, String creditCode, String operatorName, String operatorIdNumber,
			String mobile, Premises premises, String businessScope) {
		this(businessName, creditCode, operatorName, operatorIdNumber, mobile, premises, businessScope, false);
	}

}
