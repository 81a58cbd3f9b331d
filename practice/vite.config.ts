import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Every folder with an index.html is one practice page.
const root = resolve(import.meta.dirname);
const pages = Object.fromEntries(
  readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(root, d.name, 'index.html')))
    .map((d) => [d.name, resolve(root, d.name, 'index.html')]),
);

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(root, '../.output/practice'),
    emptyOutDir: true,
    // Real editors are big (CKEditor 5 alone is ~1 MB); the lab is served locally.
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: { main: resolve(root, 'index.html'), ...pages } },
  },
});
