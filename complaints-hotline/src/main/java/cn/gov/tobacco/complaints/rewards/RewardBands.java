package cn.gov.tobacco.complaints.rewards;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.complaints.time.BureauClock;
import cn.gov.tobacco.platform.problem.ApiException;
import cn.gov.tobacco.platform.problem.ProblemKind;
import cn.gov.tobacco.platform.problem.Text;
import cn.gov.tobacco.platform.security.Jurisdiction;

/**
 * Reward bands with history: rows are never updated, a new band supersedes the old one
 * from its {@code valid_from}. The band in force for a case is the one of the nearest
 * jurisdiction above (or at) the case's division, for its category and outcome.
 */
@Component
public class RewardBands {

	private final DatabaseClient db;

	private final BureauClock clock;

	RewardBands(DatabaseClient db, BureauClock clock) {
		this.db = db;
		this.clock = clock;
	}

	public Flux<RewardBand> all() {
		return this.db.sql("SELECT * FROM reward_bands ORDER BY valid_from DESC, id DESC")
			.map((row, meta) -> band(row))
			.all();
	}

	public Mono<RewardBand> add(String jurisdiction, String category, String outcome, BigDecimal min, BigDecimal max,
			String by) {
		return this.db
			.sql("""
					INSERT INTO reward_bands (jurisdiction_code, category_code, outcome, min_amount, max_amount, valid_from, created_by)
					SELECT :jurisdiction, code, :outcome, :min, :max, :from, :by FROM categories WHERE code = :category
					RETURNING *""")
			.bind("jurisdiction", jurisdiction)
			.bind("category", category)
			.bind("outcome", outcome)
			.bind("min", min)
			.bind("max", max)
			.bind("from", this.clock.now())
			.bind("by", by)
			.map((row, meta) -> band(row))
			.one()
			.switchIfEmpty(Mono.error(() -> ApiException.businessRule("分类不存在", "No such category")));
	}

	/** The band in force now for a case of this division, category and outcome. */
	public Mono<RewardBand> inForce(String division, String category, String outcome) {
		return this.db
			.sql("""
					SELECT * FROM reward_bands
					WHERE jurisdiction_code IN (:codes) AND category_code = :category AND outcome = :outcome AND valid_from <= :now
					ORDER BY length(rtrim(jurisdiction_code, '0')) DESC, jurisdiction_code DESC, valid_from DESC, id DESC LIMIT 1""")
			.bind("codes", ancestors(division))
			.bind("category", category)
			.bind("outcome", outcome)
			.bind("now", this.clock.now())
			.map((row, meta) -> band(row))
			.one();
	}

	/**
	 * Checks a reward amount against the band in force: a 422 problem naming the band (or
	 * saying there is none) otherwise.
	 */
	public Mono<RewardBand> check(String division, String category, String outcome, BigDecimal amount) {
		return inForce(division, category, outcome)
			.switchIfEmpty(Mono.error(() -> new ApiException(ProblemKind.BUSINESS_RULE,
					Text.of("本辖区未设定该类举报（" + category + "，" + outcome + "）的奖励标准，请先由管理员设定",
							"No reward band is set for " + category + " / " + outcome
									+ " in this jurisdiction; an administrator sets one first"),
					List.of(), Map.of("category", category, "outcome", outcome))))
			.flatMap((band) -> band.admits(amount) ? Mono.just(band)
					: Mono.error(new ApiException(ProblemKind.BUSINESS_RULE,
							Text.of("奖励金额须在 " + band.range() + " 元之间（辖区 " + band.jurisdiction() + " 的奖励标准）",
									"The reward must lie in the band "
											+ band.range() + " yuan set for jurisdiction " + band.jurisdiction()),
							List.of(),
							Map.of("band",
									Map.of("jurisdiction", band.jurisdiction(), "category", band.category(), "outcome",
											band.outcome(), "minAmount", band.minAmount(), "maxAmount",
											band.maxAmount())))));
	}

	/** The division and every node above it: 330106001, 330106, 330100, 330000. */
	static List<String> ancestors(String division) {
		List<String> codes = new ArrayList<>();
		if (division == null || !Jurisdiction.isValid(division)) {
			codes.add("-");
			return codes;
		}
		codes.add(division);
		String district = division.substring(0, 6);
		if (division.length() > 6) {
			codes.add(district);
		}
		codes.add(district.substring(0, 4) + "00");
		codes.add(district.substring(0, 2) + "0000");
		return codes.stream().distinct().toList();
	}

	private static RewardBand band(Readable row) {
		return new RewardBand(row.get("id", Long.class), row.get("jurisdiction_code", String.class),
				row.get("category_code", String.class), row.get("outcome", String.class),
				row.get("min_amount", BigDecimal.class), row.get("max_amount", BigDecimal.class),
				row.get("valid_from", OffsetDateTime.class).toInstant(), row.get("created_by", String.class));
	}

}
