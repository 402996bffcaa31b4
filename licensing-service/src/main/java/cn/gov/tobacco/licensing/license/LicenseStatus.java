package cn.gov.tobacco.licensing.license;

/** 有效 · 停业 · 歇业 · 撤销 · 过期. */
public enum LicenseStatus {

	ACTIVE, SUSPENDED, CLOSED, REVOKED, EXPIRED

}
