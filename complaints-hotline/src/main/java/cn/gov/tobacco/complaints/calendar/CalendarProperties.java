package cn.gov.tobacco.complaints.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the working-day calendar comes from: licensing owns it and publishes it at
 * {@code GET /api/licensing/public/calendar/{year}}.
 *
 * @param baseUrl licensing's base URL ({@code COMPLAINTS_LICENSING_URL})
 * @param refresh how often the cached years are polled (with their ETag)
 * @param timeout the longest one year's request may take
 * @param yearsBack years before the current one kept fresh
 * @param yearsAhead years after the current one kept fresh
 */
@ConfigurationProperties("complaints.calendar")
public record CalendarProperties(String baseUrl, Duration refresh, Duration timeout, int yearsBack, int yearsAhead) {

}
