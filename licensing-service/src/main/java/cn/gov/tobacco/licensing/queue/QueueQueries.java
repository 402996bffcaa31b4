package cn.gov.tobacco.licensing.queue;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import cn.gov.tobacco.licensing.application.ApplicationState;
import cn.gov.tobacco.licensing.application.Risk;
import cn.gov.tobacco.licensing.calendar.CalendarService;
import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;
import cn.gov.tobacco.platform.paging.KeysetCursor;
import cn.gov.tobacco.platform.paging.KeysetScan;
import cn.gov.tobacco.platform.paging.KeysetScan.Key;
import cn.gov.tobacco.platform.paging.Page;

/**
 * The work queue in SQL (over the application table): one page of the items a
 * {@link QueueFilter} selects, ordered by {@link QueueFilter#sort()} then id, with the
 * true total; each item with its risk against the working-day calendar.
 */
@Component
class QueueQueries {

	private static final String COLUMNS = "id, number, type, state, business_name, operator_name, credit_code, "
			+ "jurisdiction, submitted_on, current_due, version, applicant_subject, items, instant_review_until";

	/** The due date that sorts an item without one (a paused item): last. */
	private static final LocalDate NO_DUE = LocalDate.of(9999, 12, 31);

	private final DatabaseClient db;

	private final CalendarService calendars;

	QueueQueries(DatabaseClient db, CalendarService calendars) {
		this.db = db;
		this.calendars = calendars;
	}

	/**
	 * One item of the queue.
	 *
	 * @param id the application
	 * @param number its number
	 * @param type its type
	 * @param state its state
	 * @param businessName the business name
	 * @param operatorName the operator
	 * @param creditCode the credit code
	 * @param jurisdiction its jurisdiction
	 * @param submittedOn when submitted
	 * @param currentDue the deadline running now, if any
	 * @param risk how close it is to that deadline
	 * @param version its version
	 * @param retailer the applicant's account
	 * @param items the scope items asked for, as stored
	 * @param reviewUntil the end of an instant approval's review window
	 */
	record Item(UUID id, String number, String type, ApplicationState state, String businessName, String operatorName,
			String creditCode, String jurisdiction, LocalDate submittedOn, LocalDate currentDue, Risk risk,
			long version, String retailer, String items, LocalDate reviewUntil) {
	}

	Mono<Page<Item>> page(QueueFilter filter, int limit, KeysetCursor after) {
		Map<String, Object> params = QueueFilter.params();
		String where = filter.where(params);
		return this.calendars.calendar()
			.flatMap((calendar) -> KeysetScan.Query
				.ascending(COLUMNS, " from application where " + where, params, "id", Key.date(filter.sort()))
				.read(this.db, after, limit, (row) -> item(row, calendar, filter.today()),
						(item) -> new KeysetCursor(sortKey(item, filter).toString(), item.id())));
	}

	/** The value of the page's order expression for an item. */
	private static LocalDate sortKey(Item item, QueueFilter filter) {
		if (filter.instantReview()) {
			return item.reviewUntil();
		}
		return (item.currentDue() != null) ? item.currentDue() : NO_DUE;
	}

	private static Item item(Readable row, WorkingDayCalendar calendar, LocalDate today) {
		ApplicationState state = ApplicationState.valueOf(row.get("state", String.class));
		LocalDate due = row.get("current_due", LocalDate.class);
		return new Item(row.get("id", UUID.class), row.get("number", String.class), row.get("type", String.class),
				state, row.get("business_name", String.class), row.get("operator_name", String.class),
				row.get("credit_code", String.class), row.get("jurisdiction", String.class),
				row.get("submitted_on", LocalDate.class), due, Risk.of(state, due, today, calendar),
				row.get("version", Long.class), row.get("applicant_subject", String.class),
				row.get("items", String.class), row.get("instant_review_until", LocalDate.class));
	}

}
