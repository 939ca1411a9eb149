// Builds dist/: one ES module bundle per entry point, with libpg-query's
// WebAssembly beside it (the parser finds it next to the script that loads it).
import { build } from 'esbuild';
import { bundleBanner } from './bundleBanner.mjs';
import { copyParserWasm, root } from './bundleScript.mjs';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const dist = path.join(root, 'dist');

/** src/cli/rulePages.ts reads docs/rules/ at run time; the bundle holds the pages instead. */
const rulePages = {
  name: 'rule-pages',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]rulePages\.ts$/ }, () => {
      const dir = path.join(root, 'docs/rules');
      const pages = Object.fromEntries(
        readdirSync(dir)
          .filter((f) => f.endsWith('.md') && f !== 'README.md')
          .sort()
          .map((f) => [f.slice(0, -3), readFileSync(path.join(dir, f), 'utf8')]),
      );
      return {
        contents: `const PAGES = ${JSON.stringify(pages)};\nexport function rulePage(id) { return Object.hasOwn(PAGES, id) ? PAGES[id] : null; }\n`,
        loader: 'js',
        watchFiles: Object.keys(pages).map((id) => path.join(dir, `${id}.md`)),
      };
    });
  },
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  // cli.js for the command line, index.js for the GitHub Action (action.yml),
  // parser-worker.js for the thread that parses large files beside the replay.
  entryPoints: {
    cli: path.join(root, 'src/cli.ts'),
    index: path.join(root, 'src/action/index.ts'),
    'parser-worker': path.join(root, 'src/sql/parserWorker.ts'),
  },
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  banner: bundleBanner,
  plugins: [rulePages],
});
copyParserWasm(dist);
