import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `vite` serves the demo pages; `vite build` writes the library to dist/.
export default defineConfig(({ command }) => ({
  root: command === 'serve' ? here('demo') : undefined,
  server: { port: 5173, fs: { allow: [here('.')] } },
  esbuild: { target: 'es2022' },
  build: {
    target: 'es2022',
    outDir: here('dist'),
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: { engine: here('src/engine/index.ts') },
      formats: ['es'],
    },
    rollupOptions: { external: ['decimal.js'] },
  },
}));
