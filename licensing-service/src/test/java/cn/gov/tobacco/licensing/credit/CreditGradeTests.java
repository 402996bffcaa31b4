package cn.gov.tobacco.licensing.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.tobacco.licensing.credit.CreditRecord.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class CreditGradeTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void aCleanRecordIsA() {
		assertThat(CreditGrade.of(List.of(), TODAY)).isEqualTo(new CreditGrade.Result("A", 100, 1));
	}

	@Test
	void eachKindMovesTheScore() {
		assertThat(CreditGrade.of(List.of(record(Kind.SUBSTANTIATED_REPORT)), TODAY).grade()).isEqualTo("B");
		assertThat(CreditGrade.of(List.of(record(Kind.PENALTY)), TODAY)).isEqualTo(new CreditGrade.Result("C", 80, 4));
		assertThat(CreditGrade.of(List.of(record(Kind.BREACH)), TODAY)).isEqualTo(new CreditGrade.Result("D", 60, 12));
		assertThat(CreditGrade.of(List.of(record(Kind.SUBSTANTIATED_REPORT), record(Kind.TIMELY_RENEWAL)), TODAY))
			.isEqualTo(new CreditGrade.Result("B", 95, 2));
		assertThat(CreditGrade.of(List.of(record(Kind.SUBSTANTIATED_REPORT), record(Kind.TIMELY_RENEWAL),
				record(Kind.TIMELY_RENEWAL), record(Kind.TIMELY_RENEWAL)), TODAY))
			.isEqualTo(new CreditGrade.Result("A", 100, 1));
	}

	@Test
	void renewalsCountAtMostTen() {
		assertThat(CreditGrade
			.of(List.of(record(Kind.TIMELY_RENEWAL), record(Kind.TIMELY_RENEWAL), record(Kind.TIMELY_RENEWAL)), TODAY)
			.score()).isEqualTo(110);
	}

	@Test
	void aBreachInsideItsBarIsDWhateverTheScore() {
		CreditRecord barred = new CreditRecord(UUID.randomUUID(), "r", Kind.BREACH, "虚假承诺", TODAY.minusDays(1),
				TODAY.plusYears(1), null, false);
		assertThat(CreditGrade.of(List.of(barred, record(Kind.TIMELY_RENEWAL), record(Kind.TIMELY_RENEWAL)), TODAY)
			.grade()).isEqualTo("D");
	}

	@Test
	void repairedAndOldRecordsDoNotCount() {
		CreditRecord repaired = new CreditRecord(UUID.randomUUID(), "r", Kind.PENALTY, "x", TODAY, null, null, true);
		CreditRecord old = new CreditRecord(UUID.randomUUID(), "r", Kind.PENALTY, "x", TODAY.minusYears(3).minusDays(1),
				null, null, false);
		assertThat(CreditGrade.of(List.of(repaired, old), TODAY).grade()).isEqualTo("A");
	}

	private static CreditRecord record(Kind kind) {
		return new CreditRecord(UUID.randomUUID(), "r", kind, "x", TODAY.minusMonths(1), null, null, false);
	}

}
