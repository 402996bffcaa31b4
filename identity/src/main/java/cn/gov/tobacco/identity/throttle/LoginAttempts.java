package cn.gov.tobacco.identity.throttle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.gov.tobacco.identity.throttle.ThrottlePolicy.Failures;

/**
 * The throttle's state and audit trail in {@code identity.login_throttle} and
 * {@code login_audit}.
 */
@Repository
class LoginAttempts {

	private final JdbcTemplate jdbc;

	LoginAttempts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Failures> find(ThrottleKind kind, String subject) {
		return this.jdbc
			.query("select failures, window_start, last_failure_at, locked_until from login_throttle"
					+ " where kind = ? and subject = ?", LoginAttempts::failures, kind.name(), subject)
			.stream()
			.findFirst();
	}

	/**
	 * Counts one failure, starting a new window when the old one is over (and no lock
	 * holds), in one statement so that parallel attempts all count.
	 * @return the failures in the window, this one included
	 */
	int recordFailure(ThrottleKind kind, String subject, Instant now, Instant windowOpenedAfter) {
		Timestamp at = Timestamp.from(now);
		Timestamp opened = Timestamp.from(windowOpenedAfter);
		Integer count = this.jdbc.queryForObject("""
				insert into login_throttle (kind, subject, failures, window_start, last_failure_at)
				values (?, ?, 1, ?, ?)
				on conflict (kind, subject) do update set
				    failures = case when login_throttle.window_start < ?
				        and (login_throttle.locked_until is null or login_throttle.locked_until < ?)
				        then 1 else login_throttle.failures + 1 end,
				    window_start = case when login_throttle.window_start < ?
				        and (login_throttle.locked_until is null or login_throttle.locked_until < ?)
				        then excluded.window_start else login_throttle.window_start end,
				    locked_until = case when login_throttle.locked_until < ? then null
				        else login_throttle.locked_until end,
				    last_failure_at = excluded.last_failure_at
				returning failures
				""", Integer.class, kind.name(), subject, at, at, opened, at, opened, at, at);
		return (count != null) ? count : 1;
	}

	void lock(ThrottleKind kind, String subject, Instant until) {
		this.jdbc.update("update login_throttle set locked_until = ? where kind = ? and subject = ?",
				Timestamp.from(until), kind.name(), subject);
	}

	/**
	 * @return whether there was anything to clear
	 */
	boolean clear(ThrottleKind kind, String subject) {
		return this.jdbc.update("delete from login_throttle where kind = ? and subject = ?", kind.name(), subject) > 0;
	}

	void audit(LoginEvent event, ThrottleKind kind, String subject, String clientAddress, String actor, Instant at) {
		this.jdbc.update(
				"insert into login_audit (at, event, kind, subject, client_address, actor) values (?, ?, ?, ?, ?, ?)",
				Timestamp.from(at), event.name(), kind.name(), subject, clientAddress, actor);
	}

	private static Failures failures(ResultSet row, int index) throws SQLException {
		Timestamp locked = row.getTimestamp("locked_until");
		return new Failures(row.getInt("failures"), row.getTimestamp("window_start").toInstant(),
				row.getTimestamp("last_failure_at").toInstant(), (locked != null) ? locked.toInstant() : null);
	}

	/** What the audit trail records. */
	enum LoginEvent {

		/** A wrong password (or an unknown name). */
		FAILURE,
		/** An attempt refused unchecked while slowed down or locked. */
		REFUSED,
		/** A lock started. */
		LOCKED,
		/** An ADMIN lifted a lock. */
		UNLOCKED

	}

}
