// Bundles the in-isolate runtime (the driver, and Express 5, jsonwebtoken and bcrypt in the
// variants that need them) into browser-style scripts. Cached under dist/, keyed by a hash of the
// sources and the locked dependency versions, so workers rebuild only on change.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const require = createRequire(import.meta.url);
const shim = (name: string) => join(here, 'shims', name);

const aliases: Record<string, string> = {
  http: shim('http.js'), https: shim('http.js'), crypto: shim('crypto.js'), util: shim('util.js'),
  net: shim('net.js'), async_hooks: shim('async_hooks.js'), diagnostics_channel: shim('diagnostics_channel.js'),
  timers: shim('timers.js'), fs: shim('fs.js'), zlib: shim('zlib.js'), tty: shim('tty.js'), url: shim('url.js'),
  process: shim('process.js'), 'process/': shim('process.js'),
  events: require.resolve('events/'), buffer: shim('buffer.js'), stream: join(dirname(require.resolve('readable-stream/package.json')), 'lib', 'ours', 'browser.js'),
  path: require.resolve('path-browserify'), querystring: shim('querystring.js'),
  string_decoder: require.resolve('string_decoder/'),
  'abort-controller': join(dirname(require.resolve('abort-controller/package.json')), 'dist', 'abort-controller.js'),
  'iconv-lite': shim('iconv-lite.js'),
  // whatwg-url's dependencies: tr46's Unicode tables and @exodus/bytes's legacy encodings
  // (~400 KB together) give way to small shims; see shims/tr46.js and shims/url-bytes.js.
  tr46: shim('tr46.js'),
};
const whatwgUrlBytes = /^(@exodus\/bytes\/(encoding|whatwg)\.js|\.\/encoding)$/;
// whatwg-url and webidl-conversions read SharedArrayBuffer.prototype as they load; the isolate
// has none, so no value is one: they get a local stand-in whose getters always throw.
const readsSharedArrayBuffer = /[\\/](whatwg-url[\\/]lib[\\/]utils|webidl-conversions[\\/]lib[\\/]index)\.js$/;
const NO_SHARED_ARRAY_BUFFER = 'var SharedArrayBuffer = class { get byteLength() { throw new TypeError(); } get growable() { throw new TypeError(); } };';

// mime-db is 2,500 types (~150 KB of objects every isolate would deserialize); the runtime
// keeps every type that has a charset or a common file extension, plus the request body
// types apps name. Lookups of other extensions answer as for an unknown extension.
const COMMON_EXTENSIONS = new Set(`json html htm txt text css csv tsv xml js mjs cjs map md markdown png jpg jpeg gif svg
  webp ico avif bmp tif tiff pdf zip gz tgz tar bz2 7z rar mp3 mp4 m4a wav ogg oga ogv webm mov avi woff woff2 ttf otf
  eot wasm yaml yml toml ics rtf doc docx xls xlsx ppt pptx odt ods epub bin exe dmg iso apk jar sh py rb php java c cpp
  h go rs ts tsx jsx swift kt sql sqlite jsonld geojson webmanifest manifest atom rss xhtml xsl dtd vtt srt flac aac mid
  midi 3gp mkv mpeg mpg heic heif jxl psd ai eps`.split(/\s+/));
const NAMED_TYPES = /^(application\/(json|x-www-form-urlencoded|octet-stream|problem\+json|ld\+json|vnd\.api\+json|merge-patch\+json|json-patch\+json|graphql|x-ndjson)|multipart\/|text\/)/;

async function mimeDbSubset(): Promise<string> {
  const db = JSON.parse(await readFile(require.resolve('mime-db/db.json', { paths: [dirname(require.resolve('mime-types'))] }), 'utf8')) as
    Record<string, { charset?: string; extensions?: string[] }>;
  const keep: Record<string, unknown> = {};
  for (const [type, entry] of Object.entries(db)) {
    if (entry.charset || NAMED_TYPES.test(type) || entry.extensions?.some((e) => COMMON_EXTENSIONS.has(e))) keep[type] = entry;
  }
  return JSON.stringify(keep);
}

async function sourceHash(): Promise<string> {
  const h = createHash('sha256');
  for (const dir of ['isolate', 'shims']) {
    const files = (await readdir(join(here, dir))).sort();
    for (const f of files) h.update(f).update(await readFile(join(here, dir, f)));
  }
  h.update(await readFile(join(here, 'build.ts')));
  h.update(await readFile(join(root, 'package-lock.json')).catch(() => ''));
  return h.digest('hex').slice(0, 16);
}

/** Runtime variants, by the libraries they hold; isolates start faster from smaller ones. */
export const VARIANTS = ['plain', 'express', 'full'] as const;
export type RuntimeVariant = (typeof VARIANTS)[number];

/** The smallest variant that has every module an exercise may import. */
export function variantFor(modules: readonly string[]): RuntimeVariant {
  if (modules.some((m) => m === 'bcrypt' || m === 'jsonwebtoken')) return 'full';
  return modules.includes('express') ? 'express' : 'plain';
}

export async function bundleRuntime(variant: RuntimeVariant = 'full'): Promise<string> {
  const result = await build({
    entryPoints: [join(here, 'isolate', `entry-${variant}.ts`)],
    bundle: true, write: false, platform: 'browser', format: 'iife', target: 'es2022',
    minifySyntax: true, minifyWhitespace: true, legalComments: 'none', logLevel: 'silent',
    inject: [shim('inject.js')],
    // Express reads NODE_ENV to decide whether error pages show stacks; learners' apps run as
    // they would in production.
    define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
    plugins: [{
      name: 'node-builtins',
      setup(b) {
        b.onResolve({ filter: /^mime-db$/ }, () => ({ path: 'mime-db', namespace: 'stepwise-mime-db' }));
        b.onLoad({ filter: /.*/, namespace: 'stepwise-mime-db' }, async () => ({ contents: await mimeDbSubset(), loader: 'json' }));
        b.onResolve({ filter: whatwgUrlBytes }, (args) =>
          (/[\\/]whatwg-url[\\/]lib[\\/]/.test(args.importer) ? { path: shim('url-bytes.js') } : undefined));
        b.onLoad({ filter: readsSharedArrayBuffer }, async (args) => ({
          contents: (await readFile(args.path, 'utf8')).replace(/^("use strict";)?/, `$1${NO_SHARED_ARRAY_BUFFER}`),
          loader: 'js', resolveDir: dirname(args.path),
        }));
        b.onResolve({ filter: /^(node:)?[a-z0-9_/-]+$/ }, (args) => {
          const bare = args.path.replace(/^node:/, '');
          const target = aliases[bare];
          // The aliased ports import themselves by their bare names; let those resolve normally.
          if (!target || args.importer === target) return undefined;
          return { path: target };
        });
      },
    }],
  });
  return result.outputFiles[0]!.text;
}

/** A runtime bundle, built on first use and reused from dist/ while sources are unchanged. */
export async function loadRuntimeBundle(variant: RuntimeVariant = 'full'): Promise<string> {
  const hash = await sourceHash();
  const dist = join(here, 'dist');
  const file = join(dist, `runtime-${variant}-${hash}.js`);
  try {
    return await readFile(file, 'utf8');
  } catch {
    const code = await bundleRuntime(variant);
    await mkdir(dist, { recursive: true });
    await writeFile(join(dist, '.gitignore'), '*\n');
    for (const old of await readdir(dist)) {
      if (old.startsWith(`runtime-${variant}-`) || /^runtime-[0-9a-f]+\.js$/.test(old)) await rm(join(dist, old), { force: true });
    }
    await writeFile(file, code);
    return code;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const variant of VARIANTS) {
    const t = performance.now();
    const code = await loadRuntimeBundle(variant);
    console.log(`runtime bundle (${variant}): ${(code.length / 1024).toFixed(0)} KB in ${(performance.now() - t).toFixed(0)} ms`);
  }
}
