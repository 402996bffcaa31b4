package cn.gov.tobacco.licensing.application;

import java.time.LocalDate;
import java.util.UUID;

import reactor.core.publisher.Mono;

import cn.gov.tobacco.platform.calendar.WorkingDayCalendar;

/**
 * What an approval asks of post-verification (事后核查): a site check of a committed
 * application. A port of this module; the post-verification module, which depends on
 * applications, implements it.
 */
public interface PostVerificationScheduler {

	/**
	 * Schedules the site check if the application carries a signed commitment; called in
	 * the approval's transaction.
	 */
	Mono<Void> scheduleIfCommitted(UUID applicationId, String licenseNo, String jurisdiction, String subject,
			WorkingDayCalendar calendar, LocalDate today);

}
