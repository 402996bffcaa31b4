package cn.gov.tobacco.complaints.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * An optimistic update of one case: the columns to set, applied only if the version is
 * still the one the caller saw.
 */
public final class CaseUpdate {

	private final Map<String, Object> values = new LinkedHashMap<>();

	private final Map<String, Class<?>> nulls = new LinkedHashMap<>();

	public CaseUpdate set(String column, Object value) {
		this.values.put(column, value);
		return this;
	}

	public CaseUpdate setNull(String column, Class<?> type) {
		this.nulls.put(column, type);
		return this;
	}

	public CaseUpdate state(CaseState state) {
		return set("state", state.name());
	}

	Mono<Void> apply(DatabaseClient db, UUID id, long version) {
		StringBuilder sql = new StringBuilder("UPDATE cases SET version = version + 1, updated_at = now()");
		this.values.keySet().forEach((c) -> sql.append(", ").append(c).append(" = :").append(c));
		this.nulls.keySet().forEach((c) -> sql.append(", ").append(c).append(" = :").append(c));
		sql.append(" WHERE id = :id AND version = :version");
		GenericExecuteSpec spec = db.sql(sql.toString()).bind("id", id).bind("version", version);
		for (Map.Entry<String, Object> e : this.values.entrySet()) {
			spec = spec.bind(e.getKey(), e.getValue());
		}
		for (Map.Entry<String, Class<?>> e : this.nulls.entrySet()) {
			spec = spec.bindNull(e.getKey(), e.getValue());
		}
		return spec.fetch().rowsUpdated().flatMap((n) -> (n == 1) ? Mono.empty() : Mono.error(conflict()));
	}

	static ApiException conflict() {
		return new ApiException(ProblemKind.VERSION_CONFLICT,
				Text.of("案件已被他人修改，请刷新后重试", "The case was changed by someone else; reload and retry"));
	}

}
