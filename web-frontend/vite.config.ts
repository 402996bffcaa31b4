/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { VantResolver } from '@vant/auto-import-resolver';

const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080';
// the gateway owns the session: the dev server only forwards these paths to it
const proxied = ['/api', '/oauth2', '/login', '/logout'];

export default defineConfig({
  plugins: [
    vue(),
    // each <van-*> in a template imports that component and its CSS where it is used,
    // instead of the whole library's CSS up front
    // (not in Vitest: Vant stays external there, and Node cannot import its .css)
    Components({ resolvers: [VantResolver({ importStyle: !process.env.VITEST })], dirs: [], dts: false }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: gateway, changeOrigin: false, xfwd: true }])),
  },
  build: {
    target: 'es2020',
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
