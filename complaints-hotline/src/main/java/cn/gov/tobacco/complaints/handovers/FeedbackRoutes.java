package cn.gov.tobacco.complaints.handovers;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.tobacco.complaints.audit.ComplaintsEvents;
import cn.gov.tobacco.platform.outbox.EventRoute;

/** 办结反馈 events go to the 12345 exchange's own API, not as CloudEvents. */
@Configuration(proxyBeanMethods = false)
class FeedbackRoutes {

	@Bean
	EventRoute handoverSignedForRoute(Hotline12345Properties properties, JsonMapper json) {
		return new EventRoute(ComplaintsEvents.HANDOVER_SIGNED_FOR, new Hotline12345FeedbackSink(properties, json));
	}

	@Bean
	EventRoute handoverAnsweredRoute(Hotline12345Properties properties, JsonMapper json) {
		return new EventRoute(ComplaintsEvents.HANDOVER_ANSWERED, new Hotline12345FeedbackSink(properties, json));
	}

}
