package cn.gov.tobacco.complaints.cases;

import cn.gov.tobacco.platform.security.Caller;

/**
 * Who an entry of a case's history is by, as stored: a staff member's login name with the
 * display name they had then, or one of the neutral labels below. The reporter is never
 * stored as an actor (举报人保密): a citizen's filing is {@link #PUBLIC} or
 * {@link #ANONYMOUS}, a logged call {@link #HOTLINE_AGENT}; the citizen's account lives
 * only in {@code cases.reporter_subject}, which only {@code /my/reports} reads.
 *
 * @param id the login name, or a neutral label
 * @param displayName the staff member's display name (the token's {@code name} claim), or
 * {@code null}
 */
public record Actor(String id, String displayName) {

	/** A signed-in citizen filed it. */
	public static final Actor PUBLIC = new Actor("public", null);

	/** Filed without signing in. */
	public static final Actor ANONYMOUS = new Actor("anonymous", null);

	/**
	 * A 12313 agent logged the call (which agent is in the audit chain, not the history).
	 */
	public static final Actor HOTLINE_AGENT = new Actor("hotline-agent", null);

	/** Handed over by the 12345 hotline. */
	public static final Actor HOTLINE_12345 = new Actor("12345", null);

	/** Licensing's inspection found it (no inspector's name is kept). */
	public static final Actor INSPECTION = new Actor("inspection", null);

	/** The complainant, by tracking code (evaluation). */
	public static final Actor COMPLAINANT = new Actor("complainant", null);

	/** A job or rule of the service. */
	public static final Actor SYSTEM = new Actor("system", null);

	/**
	 * A staff member: their display name if the token carries one that is not just the
	 * login name again.
	 * @param caller the signed-in staff member
	 * @return the actor to store
	 */
	public static Actor staff(Caller caller) {
		String name = caller.name();
		boolean real = name != null && !name.isBlank() && !name.equals(caller.subject());
		return new Actor(caller.subject(), real ? name.strip() : null);
	}

	/**
	 * One of the neutral labels, by its id; plain strings stored before V6 map here too.
	 */
	public static Actor of(String id) {
		return new Actor(id, null);
	}

	/**
	 * What the history shows: a neutral label, or the staff member's display name. The
	 * intake entry ({@code FILE}) always shows a neutral label, whatever was stored.
	 * @param action the history entry's action
	 * @return the text shown as the entry's actor
	 */
	public String shown(String action) {
		String label = switch (this.id) {
			case "public" -> "公众 · member of the public";
			case "anonymous" -> "匿名 · anonymous";
			case "hotline-agent" -> "12313 坐席 · 12313 agent";
			case "12345" -> "12345 热线 · 12345 hotline";
			case "inspection" -> "市场检查 · market inspection";
			case "complainant" -> "投诉举报人 · complainant";
			case "system" -> "系统 · system";
			default -> null;
		};
		if (label != null) {
			return label;
		}
		if ("FILE".equals(action)) {
			return "公众 · member of the public";
		}
		return (this.displayName != null) ? this.displayName : "工作人员 · staff";
	}

}
