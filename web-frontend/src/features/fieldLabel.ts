import { i18n } from '@/i18n';

/**
 * A server field path as the user knows it: `premises.divisionCode` → 所在区县,
 * `document:ID_CARD` → 身份证 (the submission rules name missing documents that way).
 * A field without a label of its own is named by its last part's label, or as "this item":
 * a key is never shown to a person.
 */
export function fieldLabel(field: string): string {
  const { t, te } = i18n.global;
  if (field.startsWith('document:')) {
    const key = `enums.documentType.${field.slice('document:'.length)}`;
    return te(key) ? t(key) : t('errors.someDocument');
  }
  const key = `fields.${field}`;
  // vue-i18n would read a dotted key as a path: look the flat key up in the messages instead
  const fields = (i18n.global.getLocaleMessage(i18n.global.locale.value) as { fields?: Record<string, string> }).fields;
  const last = field.split('.').pop() ?? field;
  return fields?.[field] ?? (te(key) ? t(key) : (fields?.[last] ?? t('errors.someField')));
}
