/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080';
// the gateway owns the session: the dev server only forwards these paths to it
const proxied = ['/api', '/oauth2', '/login', '/logout'];

export default defineConfig({
  plugins: [vue()],
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
