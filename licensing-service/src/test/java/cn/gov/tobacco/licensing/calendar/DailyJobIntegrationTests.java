package cn.gov.tobacco.licensing.calendar;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import cn.gov.tobacco.licensing.LicensingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import cn.gov.tobacco.platform.calendar.BureauClock;

/**
 * The daily jobs that extend {@link DailyJob} inherit its {@code @Scheduled} run (a
 * method of the base class), and the bureau's time is the configured zone.
 */
@LicensingIntegrationTest
class DailyJobIntegrationTests {

	@Autowired
	ScheduledTaskHolder scheduled;

	@Autowired
	List<DailyJob<?>> dailyJobs;

	@Autowired
	BureauClock time;

	@Test
	void everyDailyJobIsScheduledAtTheDeadlineCron() {
		List<String> atDeadlineCron = this.scheduled.getScheduledTasks()
			.stream()
			.map(ScheduledTask::getTask)
			.filter(CronTask.class::isInstance)
			.map(CronTask.class::cast)
			.filter((task) -> "0 5 0 * * *".equals(task.getExpression()))
			.map((task) -> task.getRunnable().toString())
			.toList();
		// post-verification-overdue, rectification-follow-up, supervision-warnings
		assertThat(this.dailyJobs).hasSize(3);
		// those three, and DeadlineJob, LicenseExpiryJob, SuspensionEndJob
		assertThat(atDeadlineCron).hasSize(6);
	}

	@Test
	void theBureausTimeIsInTheConfiguredZone() {
		assertThat(this.time.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
		assertThat(this.time.today()).isEqualTo(this.time.dayOf(this.time.now()));
	}

}
