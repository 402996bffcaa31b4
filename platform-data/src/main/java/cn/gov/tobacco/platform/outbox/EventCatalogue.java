package cn.gov.tobacco.platform.outbox;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Every event type a service writes to its outbox. {@link Outbox} refuses a type that is
 * not listed, so the list is complete, and a test checks that each listed type has a
 * consumer: no event ends in a log line.
 *
 * @param types the event types
 */
public record EventCatalogue(Set<String> types) {

	public EventCatalogue {
		types = Set.copyOf(types);
	}

	public static EventCatalogue of(Collection<String> types) {
		return new EventCatalogue(Set.copyOf(types));
	}

	public boolean contains(String type) {
		return this.types.contains(type);
	}

	/** The listed types that no subscriber and no other consumer takes, sorted. */
	public List<String> withoutConsumer(List<EventSubscriber> subscribers, Predicate<String> otherConsumer) {
		Set<String> missing = new TreeSet<>();
		for (String type : this.types) {
			boolean subscribed = subscribers.stream().anyMatch((s) -> s.takes(type));
			if (!subscribed && !otherConsumer.test(type)) {
				missing.add(type);
			}
		}
		return List.copyOf(missing);
	}

}
