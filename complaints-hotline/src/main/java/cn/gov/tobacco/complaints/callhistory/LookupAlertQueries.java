package cn.gov.tobacco.complaints.callhistory;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.api.model.LookupAlertDto;
import cn.gov.tobacco.platform.security.Caller;

/**
 * The caller-history bursts a supervisor sees: users whose jurisdiction lies in the
 * supervisor's subtree, newest first, at most 100.
 */
@Component
public class LookupAlertQueries {

	private final DatabaseClient db;

	LookupAlertQueries(DatabaseClient db) {
		this.db = db;
	}

	public Flux<LookupAlertDto> visibleTo(Caller supervisor) {
		return this.db.sql("""
				SELECT subject, agent_name, jurisdiction, raised_at, lookups FROM lookup_alerts
				 WHERE jurisdiction LIKE :scope ORDER BY raised_at DESC, id LIMIT 100""")
			.bind("scope", supervisor.jurisdiction().likePattern())
			.map((row, meta) -> new LookupAlertDto().agentId(row.get("subject", String.class))
				.agentName(row.get("agent_name", String.class))
				.jurisdiction(row.get("jurisdiction", String.class))
				.raisedAt(row.get("raised_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC))
				.lookups(row.get("lookups", Integer.class)))
			.all();
	}

}
