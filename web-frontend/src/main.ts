import { createApp } from 'vue';
import App from './App.vue';
import { i18n, restoreLocale } from './i18n';
import { createAppRouter } from './router';
import { vantPlugin } from './plugins/vant';
import './styles.css';

// English, when chosen on an earlier visit, is fetched first (Chinese is in this chunk)
restoreLocale().then(() => createApp(App).use(i18n).use(vantPlugin).use(createAppRouter()).mount('#app'));
