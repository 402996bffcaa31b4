package cn.gov.tobacco.identity.throttle;

/** What failures are counted against. */
enum ThrottleKind {

	/** A username (as typed, lower-cased: unknown names are counted too). */
	ACCOUNT,

	/** The client's address. */
	ADDRESS

}
