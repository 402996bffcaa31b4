package cn.gov.tobacco.complaints.cases;

/**
 * How a case came in.
 */
public enum Channel {

	WEB, PHONE, HOTLINE_12345

}
