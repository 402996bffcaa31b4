package cn.gov.tobacco.platform.input;

import org.springframework.format.Parser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * Spring's {@code @DateTimeFormat} parsing for query and path parameters, refusing dates
 * outside {@link DateBounds}: the parameter then fails conversion, a 400 naming it.
 */
class BoundedDateFormatterFactory extends Jsr310DateTimeFormatAnnotationFormatterFactory {

	@Override
	public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
		Parser<?> parser = super.getParser(annotation, fieldType);
		return (text, locale) -> {
			Object value = parser.parse(text, locale);
			try {
				return DateBounds.check(value);
			}
			catch (IllegalArgumentException ex) {
				// Conversion keeps it as the cause; the problem mapper puts the
				// parameter's name on it.
				throw DateBounds.rejected("");
			}
		};
	}

}
