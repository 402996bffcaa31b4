package cn.gov.tobacco.licensing.application;

/** What a CHANGE application changes: 经营场所 · 经营者 · 字号名称 · 经营范围. */
public enum ChangeSubject {

	PREMISES, OPERATOR, BUSINESS_NAME, SCOPE

}
