import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The host (src/RelatieWerkstroom.Web) serves the built app from wwwroot; in development the
// Vite dev server forwards API calls to the host so cookies and antiforgery work as in production.
const host = process.env.WERKSTROOM_HOST ?? 'http://localhost:5080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../wwwroot',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: host, changeOrigin: false },
      '/openapi': { target: host, changeOrigin: false },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
