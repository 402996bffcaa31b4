package cn.gov.tobacco.complaints.licenses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import cn.gov.tobacco.platform.calendar.BureauClock;
import cn.gov.tobacco.platform.outbox.CloudEventSignature;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.FieldProblem;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;

/**
 * Takes in one signed CloudEvent: checks the signature over the exact bytes, the
 * envelope, the source and the type, records it (a second delivery of the same source and
 * id changes nothing) and applies it, in one transaction: a license event to the
 * directory, a {@code SupervisionUnlicensedSaleFound} as a new case
 * ({@link UnlicensedSaleCases}).
 */
@Service
class EventReceiver {

	/** Licensing's license events the directory follows (CloudEvents type suffixes). */
	static final Set<String> LICENSE_EVENTS = Set.of("LicenseIssued", "LicenseRenewal", "LicenseChange",
			"LicenseSuspension", "LicenseResumption", "LicenseClosure", "LicenseResumed", "LicenseRevoked",
			"LicenseExpired", "LicenseRestored");

	/** An inspection found a sale without a valid license: a case for the district. */
	static final String UNLICENSED_SALE = "SupervisionUnlicensedSaleFound";

	private static final Set<String> VERDICTS = Set.of("REVOKED", "EXPIRED", "SUSPENDED", "CLOSED", "UNKNOWN",
			"FORGED");

	private static final String LICENSING_PREFIX = "cn.gov.tobacco.licensing.";

	private static final Set<String> STATUSES = Set.of("ACTIVE", "SUSPENDED", "CLOSED", "REVOKED", "EXPIRED");

	private final InboundEventsProperties properties;

	private final JsonMapper json;

	private final DatabaseClient db;

	private final LicenseDirectoryRepository directory;

	private final TransactionalOperator tx;

	private final UnlicensedSaleCases unlicensedSales;

	private final BureauClock clock;

	EventReceiver(InboundEventsProperties properties, JsonMapper json, DatabaseClient db,
			LicenseDirectoryRepository directory, TransactionalOperator tx, UnlicensedSaleCases unlicensedSales,
			BureauClock clock) {
		this.clock = clock;
		this.unlicensedSales = unlicensedSales;
		this.properties = properties;
		this.json = json;
		this.db = db;
		this.directory = directory;
		this.tx = tx;
	}

	Mono<Void> receive(byte[] body, String signature) {
		return Mono.defer(() -> {
			if (!CloudEventSignature.verify(this.properties.secret(), body, signature)) {
				return Mono.error(new ApiException(ProblemKind.UNAUTHORIZED,
						Text.of("事件签名无效", "The event's signature is not valid")));
			}
			JsonNode event = parse(body);
			String source = text(event, "source");
			String id = text(event, "id");
			String type = text(event, "type");
			if (!"1.0".equals(text(event, "specversion"))) {
				return Mono.error(invalid("specversion", "只支持 CloudEvents 1.0", "only CloudEvents 1.0 is taken"));
			}
			if (!this.properties.sources().contains(source)) {
				return Mono.error(unknown("事件来源未登记", "The event's source is not one this service takes"));
			}
			String kind = type.startsWith(LICENSING_PREFIX) ? type.substring(LICENSING_PREFIX.length()) : "";
			Mono<Void> apply;
			Instant now = this.clock.now();
			if (LICENSE_EVENTS.contains(kind)) {
				DirectoryEntry entry = entry(event.path("data"));
				apply = Mono.defer(() -> this.directory.save(entry, now));
			}
			else if (UNLICENSED_SALE.equals(kind)) {
				UnlicensedSaleCases.Finding finding = finding(id, event.path("data"));
				apply = Mono.defer(() -> this.unlicensedSales.open(finding));
			}
			else {
				return Mono.error(unknown("不受理此类事件", "This service does not take events of this type"));
			}
			return this.db
				.sql("insert into received_event (source, id, type, received_at) values (:source, :id, :type, :at) "
						+ "on conflict do nothing")
				.bind("source", source)
				.bind("id", id)
				.bind("type", type)
				.bind("at", now.atOffset(ZoneOffset.UTC))
				.fetch()
				.rowsUpdated()
				.flatMap((inserted) -> (inserted > 0) ? apply : Mono.empty())
				.as(this.tx::transactional);
		});
	}

	private JsonNode parse(byte[] body) {
		try {
			JsonNode node = this.json.readTree(body);
			if (node == null || !node.isObject()) {
				throw invalid("body", "不是 CloudEvent", "not a CloudEvent");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw invalid("body", "不是有效的 JSON", "not valid JSON");
		}
	}

	private DirectoryEntry entry(JsonNode data) {
		String no = text(data, "licenseNo");
		if (!no.matches("\\d{15}")) {
			throw invalid("data.licenseNo", "许可证号应为 15 位数字", "must be 15 digits");
		}
		String status = text(data, "status");
		if (!STATUSES.contains(status)) {
			throw invalid("data.status", "未知的许可证状态", "unknown license status");
		}
		String division = text(data, "divisionCode");
		if (!division.matches("\\d{6}")) {
			throw invalid("data.divisionCode", "行政区划代码应为 6 位数字", "must be 6 digits");
		}
		String code = data.path("creditCode").isString() ? data.path("creditCode").asString() : null;
		return new DirectoryEntry(no, bounded(data, "businessName", 200), code, bounded(data, "address", 300), division,
				status, date(data, "validFrom"), date(data, "validUntil"), data.path("version").asLong(0));
	}

	private UnlicensedSaleCases.Finding finding(String id, JsonNode data) {
		if (id.length() > 54) {
			// the case keeps licensing:<id> as its external reference (64 characters)
			throw invalid("id", "事件标识过长", "too long");
		}
		String division = text(data, "divisionCode");
		if (!division.matches("\\d{6}")) {
			throw invalid("data.divisionCode", "行政区划代码应为 6 位数字", "must be 6 digits");
		}
		String address = data.path("address").isString() ? data.path("address").asString().strip() : "";
		if (address.length() > 300) {
			throw invalid("data.address", "过长", "too long");
		}
		String no = data.path("licenseNo").isString() ? data.path("licenseNo").asString() : null;
		if (no != null && !no.matches("\\d{15}")) {
			throw invalid("data.licenseNo", "许可证号应为 15 位数字", "must be 15 digits");
		}
		String verdict = data.path("scanVerdict").isString() ? data.path("scanVerdict").asString() : null;
		if (verdict != null && !VERDICTS.contains(verdict)) {
			throw invalid("data.scanVerdict", "未知的核验结论", "unknown verdict");
		}
		LocalDate foundOn = date(data, "foundOn");
		if (foundOn == null) {
			throw invalid("data.foundOn", "必填", "is required");
		}
		return new UnlicensedSaleCases.Finding(id, division, address.isEmpty() ? null : address, no, verdict, foundOn);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString() || value.asString().isBlank()) {
			throw invalid(field, "必填", "is required");
		}
		return value.asString();
	}

	private static String bounded(JsonNode node, String field, int max) {
		String value = text(node, field);
		if (value.length() > max) {
			throw invalid("data." + field, "过长", "too long");
		}
		return value;
	}

	private static LocalDate date(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isString()) {
			return null;
		}
		try {
			return LocalDate.parse(value.asString());
		}
		catch (DateTimeParseException ex) {
			throw invalid("data." + field, "日期格式应为 YYYY-MM-DD", "must be YYYY-MM-DD");
		}
	}

	private static ApiException invalid(String field, String zh, String en) {
		return ApiException.validation(List.of(FieldProblem.of(field, zh, en)));
	}

	private static ApiException unknown(String zh, String en) {
		return ApiException.businessRule(zh, en);
	}

}
