import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './i18n';
import { createAppRouter } from './router';
import { vantPlugin } from './plugins/vant';
import './styles.css';

createApp(App).use(i18n).use(vantPlugin).use(createAppRouter()).mount('#app');
