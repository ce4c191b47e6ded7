// Vite build for the web shell. The dev server proxies the API to a server on port 3000;
// the production build in dist/ is served by the server itself on the same origin.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = 'http://127.0.0.1:3000';
const proxied = ['/api', '/healthz', '/readyz', '/docs', '/openapi.json'];

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // @rjsf/core's index re-exports getTestRegistry, which imports @rjsf/validator-ajv8 (not a
      // dependency of ours: it compiles schemas with `new Function`, which the CSP forbids). The
      // app never calls it; point the import at the CSP-safe validator so the bundle resolves.
      '@rjsf/validator-ajv8': fileURLToPath(new URL('./src/forms/cfworkerValidator.ts', import.meta.url)),
    },
  },
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: apiTarget, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 800, // antd alone is ~750 kB (240 kB gzipped)
    // Vendor code changes less often than ours: separate chunks keep browser caches warm.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|dayjs)[\\/]/ },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler|@tanstack)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
