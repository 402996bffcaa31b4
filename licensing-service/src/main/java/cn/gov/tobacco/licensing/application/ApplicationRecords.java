package cn.gov.tobacco.licensing.application;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.audit.AuditChain;
import cn.gov.tobacco.platform.outbox.Outbox;

/**
 * Writes what happened to an application into its audit chain and the outbox. Call it in
 * the transaction of the change: who, when (the chain's timestamp), why, and the previous
 * state are always recorded.
 */
@Component
class ApplicationRecords {

	static final String AGGREGATE = "application";

	private final AuditChain chain;

	private final Outbox outbox;

	private final JsonMapper json;

	ApplicationRecords(AuditChain chain, Outbox outbox, JsonMapper json) {
		this.chain = chain;
		this.outbox = outbox;
		this.json = json;
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
		return this.chain.append(AGGREGATE, after.id(), action, actor, this.json.writeValueAsString(detail))
			.then(this.outbox.add(AGGREGATE, after.id(), "Application" + camel(action),
					this.json.writeValueAsString(event)));
	}

	private static String camel(String action) {
		StringBuilder out = new StringBuilder();
		for (String part : action.split("_")) {
			out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
		}
		return out.toString();
	}

}
