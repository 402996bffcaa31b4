package cn.gov.tobacco.licensing.credit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import cn.gov.tobacco.platform.calendar.BureauClock;

/**
 * The credit standing of many retailers at once, for supervision: each one's grade (the
 * rule of {@link CreditGrade}) and whether a substantiated report or a BREACH of the last
 * twelve months, not repaired, puts them under key supervision.
 */
@Component
public class CreditStandings {

	private final CreditRecords records;

	private final BureauClock time;

	CreditStandings(CreditRecords records, BureauClock time) {
		this.records = records;
		this.time = time;
	}

	/**
	 * A retailer's standing.
	 *
	 * @param grade A, B, C or D
	 * @param recentReport a substantiated report of the last twelve months, not repaired
	 * @param recentBreach a BREACH of the last twelve months, not repaired
	 */
	public record Standing(String grade, boolean recentReport, boolean recentBreach) {

		/** A retailer without records. */
		public static final Standing CLEAN = new Standing("A", false, false);

	}

	/**
	 * The standing of each subject; a subject without records is {@link Standing#CLEAN}.
	 */
	public Mono<Map<String, Standing>> of(Collection<String> subjects) {
		LocalDate today = this.time.today();
		LocalDate recent = today.minusMonths(12);
		if (subjects.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.records.ofAll(subjects).collectMultimap(CreditRecord::subject).map((bySubject) -> {
			Map<String, Standing> standings = new HashMap<>();
			for (String subject : subjects) {
				List<CreditRecord> list = new ArrayList<>(bySubject.getOrDefault(subject, List.of()));
				boolean report = false;
				boolean breach = false;
				for (CreditRecord r : list) {
					if (r.repaired() || r.occurredOn().isBefore(recent)) {
						continue;
					}
					report |= r.kind() == CreditRecord.Kind.SUBSTANTIATED_REPORT;
					breach |= r.kind() == CreditRecord.Kind.BREACH;
				}
				standings.put(subject, new Standing(CreditGrade.of(list, today).grade(), report, breach));
			}
			return standings;
		});
	}

}
