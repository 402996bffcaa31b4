import { watchEffect } from 'vue';
import { useRoute } from 'vue-router';
import { useI18n } from 'vue-i18n';

/**
 * Keeps `document.title` on the current page's title (route meta `title`, an i18n key) and
 * the platform's name, in the chosen language: it follows navigation and language changes.
 */
export function usePageTitle(): void {
  const route = useRoute();
  const { t, te } = useI18n();
  watchEffect(() => {
    const app = t('app.name');
    const key = route.meta.title;
    const page = key && te(key) ? t(key) : undefined;
    document.title = page && page !== app ? `${page} - ${app}` : app;
  });
}
