package cn.gov.tobacco.gateway.correlation;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;

import org.springframework.context.annotation.Configuration;

/**
 * Copies the correlation id from the Reactor context into the logging MDC where Reactor
 * restores thread-locals: with {@code spring.reactor.context-propagation=limited} (the
 * gateway's setting, for its CPU per request) that is inside {@code handle} and
 * {@code tap} operators only; the error handler sets the MDC itself.
 */
@Configuration(proxyBeanMethods = false)
class CorrelationIdLogging {

	static {
		ContextRegistry.getInstance().registerThreadLocalAccessor(new MdcAccessor());
	}

	static final class MdcAccessor implements ThreadLocalAccessor<String> {

		@Override
		public Object key() {
			return CorrelationId.KEY;
		}

		@Override
		public String getValue() {
			return MDC.get(CorrelationId.KEY);
		}

		@Override
		public void setValue(String value) {
			MDC.put(CorrelationId.KEY, value);
		}

		@Override
		public void setValue() {
			MDC.remove(CorrelationId.KEY);
		}

	}

}
