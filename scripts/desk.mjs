// Run by trunk after each build (scripts/post-build.mjs), before the precache list and
// the rendered pages: names the coordinators' desk's files (trunk writes them as
// desk/micronit-desk.js, desk/micronit-desk_bg.wasm and desk/desk.css, without a hash, as
// it does for workers and copied files) after their content's hash, so that a desk page
// always gets its own build's, minifies its glue in a release build, and writes their
// names into the app's page as <meta name="micronit-desk" content="JS WASM CSS">, where
// the desk page finds them (src/pages/desk.rs).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const staging = process.env.TRUNK_STAGING_DIR ?? 'dist';
const js = join(staging, 'desk/micronit-desk.js');
const wasm = join(staging, 'desk/micronit-desk_bg.wasm');
const css = join(staging, 'desk/desk.css');
if (![js, wasm, css].every(existsSync)) {
  console.error(`desk: ${js}, ${wasm} or ${css} is missing: are the desk's <link data-trunk> in index.html?`);
  process.exit(1);
}
let code = readFileSync(js, 'utf8');
// trunk copies wasm-bindgen's snippets folder beside each Rust entry's files, the app's
// own snippets included; the desk's glue imports none of them.
if (!code.includes('snippets/')) rmSync(join(staging, 'desk/snippets'), { recursive: true, force: true });
if (process.env.TRUNK_PROFILE === 'release') {
  code = transformSync(code, { minify: true, format: 'esm', target: 'es2020', charset: 'utf8' }).code;
}
const hash = (...parts) => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part);
  return h.digest('hex').slice(0, 16);
};
const codeHash = hash(code, readFileSync(wasm));
const names = [
  `desk/micronit-desk-${codeHash}.js`,
  `desk/micronit-desk-${codeHash}_bg.wasm`,
  `desk/desk-${hash(readFileSync(css))}.css`,
];
writeFileSync(js, code);
renameSync(js, join(staging, names[0]));
renameSync(wasm, join(staging, names[1]));
renameSync(css, join(staging, names[2]));

const page = join(staging, 'index.html');
const html = readFileSync(page, 'utf8');
if (html.includes('name="micronit-desk"')) {
  console.error(`desk: ${page} already names the desk's files`);
  process.exit(1);
}
writeFileSync(page, html.replace('</head>', `<meta name="micronit-desk" content="${names.join(' ')}"></head>`));
