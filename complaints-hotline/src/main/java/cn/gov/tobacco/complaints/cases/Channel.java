package cn.gov.tobacco.complaints.cases;

/**
 * How a case came in. INSPECTION: licensing's inspectors found a sale without a license
 * (an event, no reporter).
 */
public enum Channel {

	WEB, PHONE, HOTLINE_12345, INSPECTION

}
