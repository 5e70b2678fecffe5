// Run by trunk after a release build (scripts/post-build.mjs), first: minifies the scripts
// trunk leaves as they are, wasm-bindgen's glue of the app (trunk's minifier does not take
// it), the site's plain script (which it would break) and the page's inline scripts, with
// esbuild (and
// gives the page their new integrity digests, if it carries any). About 3 KB brotli less
// on every first view.
// Their names keep the hash trunk gave them: it is derived from their source, so it still
// changes whenever they do.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const page = join(staging, 'index.html');
let html = readFileSync(page, 'utf8');
// The app's glue is an ES module; site.js a classic script, left in its own format.
const targets = readdirSync(staging)
  .filter((f) => /^(micronit|site)-[0-9a-f]+\.js$/.test(f))
  .map((f) => ({ file: f, format: f.startsWith('site-') ? undefined : 'esm' }));
if (targets.length !== 2) {
  console.error(`minify: expected the app's glue and site.js in ${staging}, found ${targets.map((t) => t.file).join(', ') || 'neither'}`);
  process.exit(1);
}
for (const { file, format } of targets) {
  const path = join(staging, file);
  const source = readFileSync(path, 'utf8');
  const { code } = transformSync(source, { minify: true, format, target: 'es2020', charset: 'utf8' });
  writeFileSync(path, code);
  const digest = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
  html = html.replaceAll(digest(source), digest(code));
}
// The page's own inline scripts (index.html's `rel="inline"`), which trunk's minifier gives
// up on when it cannot read them: they come into every page, comments and all.
html = html.replace(/<script>([\s\S]*?)<\/script>/g, (_, source) => {
  const { code } = transformSync(source, { minify: true, target: 'es2020', charset: 'utf8' });
  return `<script>${code.trim()}</script>`;
});
writeFileSync(page, html);
