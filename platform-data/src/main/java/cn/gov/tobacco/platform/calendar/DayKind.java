package cn.gov.tobacco.platform.calendar;

/** How a listed day differs from an ordinary Monday-to-Friday week. */
public enum DayKind {

	/** 法定节假日: a day off even if it is a weekday. */
	HOLIDAY,

	/** 调休上班: a working day even if it is a weekend day. */
	MAKEUP_WORKDAY

}
