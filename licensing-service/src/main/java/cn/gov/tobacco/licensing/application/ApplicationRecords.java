package cn.gov.tobacco.licensing.application;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.audit.RecordKeeper;

/**
 * Writes what happened to an application into its audit chain and the outbox. Call it in
 * the transaction of the change: who, when (the chain's timestamp), why, and the previous
 * state are always recorded.
 */
@Component
class ApplicationRecords {

	static final String AGGREGATE = "application";

	private final RecordKeeper recordKeeper;

	ApplicationRecords(RecordKeeper recordKeeper) {
		this.recordKeeper = recordKeeper;
	}

	Mono<Void> record(Application after, String action, String actor, ApplicationState previous, String reason,
			Map<String, ?> extra) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("from", (previous != null) ? previous.name() : null);
		detail.put("to", after.state().name());
		detail.put("version", after.version());
		detail.put("reason", reason);
		detail.putAll(extra);
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("applicationId", after.id().toString());
		event.put("number", after.number());
		event.put("type", after.type().name());
		event.put("jurisdiction", after.jurisdiction());
		event.put("actor", actor);
		event.putAll(detail);
		return this.recordKeeper.record(AGGREGATE, after.id(), action, actor, detail, "Application" + camel(action),
				event);
	}

	private static String camel(String action) {
		StringBuilder out = new StringBuilder();
		for (String part : action.split("_")) {
			out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
		}
		return out.toString();
	}

}
