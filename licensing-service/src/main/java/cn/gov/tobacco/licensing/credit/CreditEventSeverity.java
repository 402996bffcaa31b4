package cn.gov.tobacco.licensing.credit;

/**
 * Which kind of record a credit event from another service writes. A substantiated 12313
 * report of e-cigarettes sold to minors (电子烟管理办法: no sale to minors) is a BREACH for a
 * licensee whose license covers e-cigarettes; every other event keeps the kind it was
 * sent with.
 */
final class CreditEventSeverity {

	/** complaints-hotline's category code. */
	static final String E_CIGARETTE_TO_MINORS = "E_CIGARETTE_TO_MINORS";

	private CreditEventSeverity() {
	}

	static CreditRecord.Kind of(CreditRecord.Kind sent, String category, boolean sellsECigarettes) {
		if (sent == CreditRecord.Kind.SUBSTANTIATED_REPORT && E_CIGARETTE_TO_MINORS.equals(category)
				&& sellsECigarettes) {
			return CreditRecord.Kind.BREACH;
		}
		return sent;
	}

}
