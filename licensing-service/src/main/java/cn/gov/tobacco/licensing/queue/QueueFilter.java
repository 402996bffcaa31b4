package cn.gov.tobacco.licensing.queue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.tobacco.platform.security.Jurisdiction;

/**
 * The filters of one queue request, as SQL conditions and their parameters.
 *
 * @param subtree the caller's jurisdiction (its subtree is a range of codes)
 * @param type application type, or null
 * @param state state, or null
 * @param district division code, or null
 * @param from submitted on or after, or null
 * @param to submitted on or before, or null
 * @param q search text, or null
 * @param assignee only the site checks assigned to this inspector, or null
 * @param item only applications asking for this scope item (CIGARETTE, E_CIGARETTE), or
 * null; an application without items asks for cigarettes
 * @param instantReview instead of the open items, the instant approvals (秒批) whose review
 * window is open on {@code today}
 * @param today the day in Beijing
 */
record QueueFilter(Jurisdiction subtree, String type, String state, String district, LocalDate from, LocalDate to,
		String q, String assignee, String item, boolean instantReview, LocalDate today) {

	static final String OPEN = "state in ('SUBMITTED', 'CORRECTION_REQUESTED', 'ACCEPTED', 'UNDER_REVIEW', 'SITE_CHECK')";

	/** Instant approvals an APPROVER may still revoke (the partial index of V23). */
	static final String UNDER_INSTANT_REVIEW = "state = 'APPROVED' and instant_rule is not null "
			+ "and instant_revoked_at is null and instant_review_until >= :today";

	/** The review window's end: the order of the instant approvals under review. */
	static final String REVIEW_SORT = "instant_review_until";

	/** The expression the page is ordered by (then id). */
	String sort() {
		return this.instantReview ? REVIEW_SORT : SORT;
	}

	/** The due date that sorts an item: paused items last. */
	static final String SORT = "coalesce(current_due, date '9999-12-31')";

	String where(Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(this.instantReview ? UNDER_INSTANT_REVIEW : OPEN);
		if (this.instantReview) {
			params.put("today", this.today);
		}
		range(sql, params, "subtree", this.subtree);
		add(sql, params, "state = 'SITE_CHECK' and assignee_subject = :assignee", "assignee", this.assignee);
		add(sql, params, "type = :type", "type", this.type);
		add(sql, params, "state = :state", "state", this.state);
		if (this.district != null) {
			range(sql, params, "district", new Jurisdiction(this.district));
		}
		if ("E_CIGARETTE".equals(this.item)) {
			sql.append(" and items like '%E_CIGARETTE%'");
		}
		else if ("CIGARETTE".equals(this.item)) {
			sql.append(" and (items is null or items like 'CIGARETTE%')");
		}
		add(sql, params, "submitted_on >= :from", "from", this.from);
		add(sql, params, "submitted_on <= :to", "to", this.to);
		if (this.q != null && !this.q.isBlank()) {
			String text = this.q.strip();
			sql.append(" and (business_name ilike :like or operator_name ilike :like or credit_code = :exact"
					+ " or number = :exact)");
			params.put("like", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			params.put("exact", text.toUpperCase(java.util.Locale.ROOT));
		}
		return sql.toString();
	}

	/**
	 * The subtree as a range of codes, which the open-applications index serves with
	 * bound parameters (issue 14: a LIKE pattern could not use it).
	 */
	private static void range(StringBuilder sql, Map<String, Object> params, String name, Jurisdiction node) {
		sql.append(" and jurisdiction >= :").append(name).append("From");
		params.put(name + "From", node.subtreePrefix());
		String end = node.subtreeEnd();
		if (end != null) {
			sql.append(" and jurisdiction < :").append(name).append("End");
			params.put(name + "End", end);
		}
	}

	private static void add(StringBuilder sql, Map<String, Object> params, String condition, String name,
			Object value) {
		if (value != null) {
			sql.append(" and ").append(condition);
			params.put(name, value);
		}
	}

	static Map<String, Object> params() {
		return new LinkedHashMap<>();
	}

}
