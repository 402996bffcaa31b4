import type { App, Plugin } from 'vue';
import { setToastDefaultOptions, type ToastOptions } from 'vant/es/toast';
// The <van-*> components are imported where templates use them (unplugin-vue-components with
// Vant's resolver, see vite.config.ts), each with its own CSS. The functional APIs the pages
// call (showToast, showSuccessToast, showConfirmDialog) need theirs here: the CSS files of
// vant/es/{toast,dialog}/style/index.mjs, listed as files so Vitest can load them too.
import 'vant/es/style/base.css';
import 'vant/es/badge/index.css';
import 'vant/es/icon/index.css';
import 'vant/es/loading/index.css';
import 'vant/es/button/index.css';
import 'vant/es/action-bar/index.css';
import 'vant/es/action-bar-button/index.css';
import 'vant/es/overlay/index.css';
import 'vant/es/popup/index.css';
import 'vant/es/toast/index.css';
import 'vant/es/dialog/index.css';

// Vant draws a toast as a popup with role="dialog" and no name; it is a status message:
// the extra options fall through to the popup's element
setToastDefaultOptions({ role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' } as ToastOptions);

/** Kept for main.ts and the tests' mount helper: nothing is registered globally any more. */
export const vantPlugin: Plugin = {
  install(_app: App) {},
};
