import { createLogger, defineConfig, type Plugin, type UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import minifyTemplateLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { precompressPlugin } from './src/build/precompress.js';
import { slimDecimalPlugin } from './src/build/slim-decimal.js';
import { validateBundledTariffs } from './src/build/validate-bundled-tariffs.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Production Lit (no dev warnings, smaller) in every browser bundle.
const browserConditions = ['module', 'browser', 'production'];

// Bundles that carry decimal.js inside keep only the parts the sources use;
// the ES build leaves decimal.js to the npm user's bundler.
const slimDecimal = () => slimDecimalPlugin([here('src')]);

/** The browsers the README promises (Chrome/Edge 111+, Firefox 113+, Safari 16.2+), in lightningcss's notation. */
const cssTargets = { chrome: 111 << 16, firefox: 113 << 16, safari: (16 << 16) | (2 << 8) };

/**
 * Lit's `html`, `svg` and `css` templates minified (markup by html-minifier-next,
 * styles by lightningcss). Whitespace collapses to one space and never
 * vanishes, so that no text run into its neighbour; a template the minifier
 * cannot read stops the build instead of shipping unminified.
 */
const minifyTemplates = () =>
  minifyTemplateLiterals({
    include: [here('src') + '/**/*.ts'],
    exclude: ['**/*.test.ts'],
    failOnError: true,
    options: {
      minifyOptions: { conservativeCollapse: true, minifyCSS: { targets: cssTargets } },
    },
  }) as unknown as Plugin; // a Rollup transform hook, which Vite runs as is; only the context types differ

/**
 * In `npm start`, `/hotline-calculator.js` (which embed.html loads the way a
 * reseller would) loads the live sources instead of a possibly stale build.
 */
function serveEmbedScriptFromSource(): Plugin {
  const entry = `/@fs${here('src/index.ts')}`;
  const shim = `(function(){var s=document.createElement('script');s.type='module';s.src=${JSON.stringify(entry)};document.head.appendChild(s);})();`;
  return {
    name: 'hotline:embed-script-from-source',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/hotline-calculator.js') return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(shim);
      });
    },
  };
}

const shared: UserConfig = {
  server: { port: 5173, fs: { allow: [here('.')] } },
  build: { target: 'es2022', outDir: here('dist'), sourcemap: true },
};

/** `vite build`: the ES modules for npm users; dependencies stay imports. */
function esModules(): UserConfig {
  return {
    ...shared,
    publicDir: false,
    plugins: [validateBundledTariffs()],
    build: {
      ...shared.build,
      emptyOutDir: true,
      lib: {
        entry: { index: here('src/index.ts'), engine: here('src/engine-api.ts') },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^decimal\.js(\/|$)/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}

/**
 * `vite build --mode iife`: the one classic script resellers paste, with its
 * precompressed `.gz` and `.br` copies for servers that send them as they are.
 */
function classicScript(): UserConfig {
  return {
    ...shared,
    publicDir: false,
    resolve: { conditions: browserConditions },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [validateBundledTariffs(), slimDecimal(), minifyTemplates(), precompressPlugin(['hotline-calculator.js'])],
    build: {
      ...shared.build,
      emptyOutDir: false,
      minify: true,
      lib: {
        entry: here('src/index.ts'),
        formats: ['iife'],
        name: 'HotlineCalculator',
        fileName: () => 'hotline-calculator.js',
      },
    },
  };
}

/**
 * The build's logger, quiet about the one thing embed.html does on purpose:
 * load hotline-calculator.js as a classic script, the way a reseller's page does.
 */
function pagesLogger() {
  const logger = createLogger();
  const warn = logger.warn;
  logger.warn = (message, options) => {
    if (/<script src="hotline-calculator\.js"> .* can't be bundled/.test(message)) return;
    warn(message, options);
  };
  return logger;
}

/** `vite build --mode pages` and `vite` (npm start): the pages in demo/. */
function pages(command: 'build' | 'serve'): UserConfig {
  return {
    ...shared,
    root: here('demo'),
    base: './',
    customLogger: pagesLogger(),
    resolve: command === 'build' ? { conditions: browserConditions } : undefined,
    plugins: [serveEmbedScriptFromSource(), slimDecimal()],
    build: {
      ...shared.build,
      emptyOutDir: false,
      rolldownOptions: {
        input: {
          embed: here('demo/embed.html'),
          'tariff-preview': here('demo/tariff-preview.html'),
        },
      },
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return pages('serve');
  if (mode === 'iife') return classicScript();
  if (mode === 'pages') return pages('build');
  return esModules();
});
