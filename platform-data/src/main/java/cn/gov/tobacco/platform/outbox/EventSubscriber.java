package cn.gov.tobacco.platform.outbox;

import java.net.URI;
import java.util.List;

/**
 * One subscriber of outbox events: configuration, not code. Events of its types are
 * delivered to it as CloudEvents ({@link CloudEventsHttpSink}).
 *
 * @param name a name for logs and dead letters, e.g. {@code complaints-license-directory}
 * @param eventTypes the outbox event types it takes, exactly as written (e.g.
 * {@code LicenseIssued})
 * @param url where the events are POSTed
 * @param secret the shared secret of the HMAC-SHA256 signature (from the environment)
 */
public record EventSubscriber(String name, List<String> eventTypes, URI url, String secret) {

	public EventSubscriber {
		eventTypes = (eventTypes != null) ? List.copyOf(eventTypes) : List.of();
		if (url == null) {
			throw new IllegalArgumentException("Event subscriber " + name + " needs a url");
		}
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("Event subscriber " + name + " needs a secret of 16 characters or more");
		}
	}

	/** Whether it takes events of this type. */
	public boolean takes(String eventType) {
		return this.eventTypes.contains(eventType);
	}

}
