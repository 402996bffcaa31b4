package cn.gov.tobacco.platform.input;

import java.time.temporal.Temporal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON mapper request bodies are read with: the application's mapper plus the edge
 * rules. Every string (a property, a list item, a map value, at any depth) is refused
 * when it holds a control character other than tab, line feed or return; every date or
 * time outside {@link DateBounds} is refused. Jackson puts the JSON path on the error, so
 * the 400 names the field as the client sent it. The application's own mapper (stored
 * JSON, events) is left as it is.
 */
public final class GuardedJson {

	private GuardedJson() {
	}

	public static JsonMapper forRequests(JsonMapper application) {
		SimpleModule module = new SimpleModule("platform-input-guard");
		module.addDeserializer(String.class, new GuardedStringDeserializer());
		module.setDeserializerModifier(new ValueDeserializerModifier() {

			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return Temporal.class.isAssignableFrom(description.getBeanClass())
						? new BoundedTemporalDeserializer(deserializer) : deserializer;
			}

		});
		return application.rebuild().addModule(module).build();
	}

	static final class GuardedStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			String value = super.deserialize(p, ctxt);
			if (value != null && ControlCharacters.inText(value)) {
				// Jackson wraps this with the JSON path; the problem mapper renders it.
				throw ControlCharacters.rejected("");
			}
			return value;
		}

	}

	static final class BoundedTemporalDeserializer extends DelegatingDeserializer {

		BoundedTemporalDeserializer(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
			return new BoundedTemporalDeserializer(newDelegatee);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
			Object value = super.deserialize(p, ctxt);
			try {
				return DateBounds.check(value);
			}
			catch (IllegalArgumentException ex) {
				throw DateBounds.rejected("");
			}
		}

	}

}
