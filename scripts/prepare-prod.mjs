// Prepares a release build for a production server: writes a brotli (.br) and a gzip
// (.gz) copy next to every compressible file, for servers that serve precompressed
// files (deploy/Caddyfile, deploy/nginx.conf), and prints the Content-Security-Policy
// of the build: scripts from the site only, with the hashes of the page shell's inline
// scripts (the one trunk writes to start the app on the shell, and index.html's own that
// keeps a preview's published page unseen), and 'wasm-unsafe-eval' for WebAssembly.
//
//   node scripts/prepare-prod.mjs [dist]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { files } from './files.mjs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const COMPRESSIBLE = /\.(html|js|mjs|wasm|css|json|svg|webmanifest|xml|txt)$/;


let count = 0;
for (const path of files(dist)) {
  if (!COMPRESSIBLE.test(path)) continue;
  const buf = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }));
  writeFileSync(`${path}.gz`, gzipSync(buf, { level: 9 }));
  count += 1;
}
console.error(`prepare-prod: ${count} files precompressed (brotli and gzip) in ${dist}`);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The CSP source of each content the pattern's first group captures.
const hashes = (pattern) =>
  [...html.matchAll(pattern)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
const inline = hashes(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g);
const styles = hashes(/<style[^>]*>([\s\S]*?)<\/style>/g);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inline.join(' ')}`.trim(),
  `style-src 'self' ${styles.join(' ')}`.trim(),
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
console.log(policy);
