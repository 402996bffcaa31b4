package cn.gov.tobacco.complaints.licenses;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Events other services send to {@code POST /api/complaints/internal/events}.
 *
 * @param secret the HMAC-SHA256 secret shared with the senders (from the environment)
 * @param sources the CloudEvents {@code source}s taken in, e.g.
 * {@code /licensing-service}
 * @param maxSize the largest event body taken, in bytes
 */
@ConfigurationProperties("complaints.events.inbound")
public record InboundEventsProperties(String secret, List<String> sources, int maxSize) {

	public InboundEventsProperties {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		maxSize = (maxSize > 0) ? maxSize : 65536;
	}

}
