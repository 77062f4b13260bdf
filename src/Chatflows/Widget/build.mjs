// Builds the widget for the module (run by `dotnet build` through Chatflows.csproj, or `npm run build`):
// minified, content-hashed file names, precompressed .br and .gz, and manifest.json naming the current
// loader and widget. The widget is built first because the loader carries the widget's file name.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');

async function bundle(entry, format, define = {}) {
  const result = await build({
    entryPoints: [join(here, 'src', entry)],
    bundle: true,
    minify: true,
    format,
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    define,
    write: false,
  });
  return result.outputFiles[0].contents;
}

function emit(stem, contents) {
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 8);
  const name = `${stem}.${hash}.js`;
  writeFileSync(join(dist, name), contents);
  writeFileSync(join(dist, `${name}.br`), brotliCompressSync(contents, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: contents.length },
  }));
  writeFileSync(join(dist, `${name}.gz`), gzipSync(contents, { level: constants.Z_BEST_COMPRESSION }));
  return name;
}

// A fresh folder each time, so stale fingerprinted files are never embedded.
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
// extras.js is what the open chat needs only sometimes; the widget carries its name and imports it on use.
const extras = emit('extras', await bundle('extras.js', 'esm'));
const widget = emit('widget', await bundle('widget.js', 'esm', { __CF_EXTRAS__: JSON.stringify(`./${extras}`) }));
const loader = emit('loader', await bundle('loader.js', 'iife', { __CF_WIDGET__: JSON.stringify(widget) }));
writeFileSync(join(dist, 'manifest.json'), `${JSON.stringify({ loader, widget, extras }, null, 2)}\n`);
console.log(`chatflows widget: ${loader}, ${widget}, ${extras}`);
