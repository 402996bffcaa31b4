/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { VantResolver } from '@vant/auto-import-resolver';
import { vantIconFont } from './vite-plugins/vantIconFont';
import { lazyChunks } from './vite-plugins/lazyChunks';

const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080';
// the gateway owns the session: the dev server only forwards these paths to it
const proxied = ['/api', '/oauth2', '/login', '/logout'];

/**
 * Vant's resolver, but each component from its own module (vant/es/field/index.mjs) instead of
 * the package's index, which imports them all: the chunking then sees which components the
 * first paint really uses.
 */
function vantComponents() {
  const vant = VantResolver({ importStyle: !process.env.VITEST });
  return {
    type: 'component' as const,
    resolve(name: string) {
      const found = vant.resolve(name);
      if (!found || !name.startsWith('Van')) return found;
      const dir = found.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
      return { ...found, from: `vant/es/${dir}/index.mjs` };
    },
  };
}

export default defineConfig({
  plugins: [
    // every component is <script setup>, and so are Vant's and the router's: no Options API
    vue({ features: { optionsAPI: false } }),
    // each <van-*> in a template imports that component and its CSS where it is used,
    // instead of the whole library's CSS up front
    // (not in Vitest: Vant stays external there, and Node cannot import its .css)
    Components({ resolvers: [vantComponents()], dirs: [], dts: false }),
    vantIconFont(),
  ],
  // vue-i18n's esm-bundler build: the Composition API only (legacy: false), no <i18n-t>/v-t
  // (none used) and no devtools, so the rest is left out of the first chunk
  define: {
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: gateway, changeOrigin: false, xfwd: true }])),
  },
  build: {
    target: 'es2020',
    rollupOptions: { output: { manualChunks: lazyChunks() } },
    chunkSizeWarningLimit: 900,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // mounting a page with the whole app took over 5 s (the default) on a 2-core machine
    // loaded by parallel builds; the assertions are unchanged
    testTimeout: 30_000,
  },
});
