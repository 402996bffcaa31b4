package cn.gov.tobacco.platform.outbox;

/**
 * A sink's answer that retrying cannot help: the receiver understood the event and
 * refused it for good (for example an unknown license number). With an
 * {@link OutboxRetry} the publisher sets the row aside ({@code dead_at},
 * {@code last_error}) instead of offering it again; people see it in the dead-events
 * gauge and deal with it.
 */
public class UndeliverableEvent extends RuntimeException {

	public UndeliverableEvent(String message, Throwable cause) {
		super(message, cause);
	}

}
