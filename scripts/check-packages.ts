// `npm run check:packages`: the built packages as the stores would see them.
// - Firefox: Mozilla's add-on linter (addons-linter), which must report 0 errors and 0 warnings.
//   Notices that cannot be fixed are listed in ALLOWED_NOTICES with the reason.
// - Chrome: the Web Store's basic rules: manifest fields, every referenced file present, no remote
//   code and no eval-like code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const FIREFOX = join(ROOT, '.output/firefox-mv3');
const CHROME = join(ROOT, '.output/chrome-mv3');

/** Linter notices we keep on purpose, each with the reason (warnings and errors are never allowed). */
const ALLOWED_NOTICES: Record<string, string> = {};

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  description?: string | string[];
}

const problems: string[] = [];

function lintFirefox(): void {
  if (!existsSync(FIREFOX)) return void problems.push(`${FIREFOX} is missing: run npm run build first`);
  const bin = join(ROOT, 'node_modules/.bin/addons-linter');
  const run = spawnSync(bin, ['--output', 'json', '--boring', FIREFOX], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let report: { errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[]; summary: Record<string, number> };
  try {
    report = JSON.parse(run.stdout) as typeof report;
  } catch {
    return void problems.push(`addons-linter gave no report (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
  }
  const line = (kind: string, m: LinterMessage) => `firefox ${kind} ${m.code}${m.file ? ` in ${m.file}` : ''}: ${m.message}`;
  for (const m of report.errors) problems.push(line('error', m));
  for (const m of report.warnings) problems.push(line('warning', m));
  for (const m of report.notices) {
    if (ALLOWED_NOTICES[m.code]) console.log(`  notice kept: ${m.code} (${ALLOWED_NOTICES[m.code]})`);
    else problems.push(line('notice', m));
  }
  console.log(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Paths a manifest points at, relative to the package root. */
function referencedFiles(manifest: Record<string, unknown>): string[] {
  const out: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  add(manifest.icons);
  const action = manifest.action as Record<string, unknown> | undefined;
  add(action?.default_icon);
  add(action?.default_popup);
  add((manifest.background as Record<string, unknown> | undefined)?.service_worker);
  add((manifest.background as Record<string, unknown> | undefined)?.scripts);
  add((manifest.options_ui as Record<string, unknown> | undefined)?.page);
  for (const script of (manifest.content_scripts as Record<string, unknown>[] | undefined) ?? []) {
    add(script.js);
    add(script.css);
  }
  for (const group of (manifest.web_accessible_resources as { resources: string[] }[] | undefined) ?? []) {
    add(group.resources.filter((path) => !path.includes('*')));
  }
  return out;
}

const REMOTE_CODE = [
  { pattern: /<script[^>]+src=["']https?:/i, what: 'a script loaded from the network' },
  { pattern: /\bimport\(\s*["']https?:/, what: 'a module imported from the network' },
  { pattern: /(?<![\w$.])eval\(/, what: 'eval(' },
  { pattern: /\bnew Function\(/, what: 'new Function(' },
];

function checkChrome(): void {
  if (!existsSync(CHROME)) return void problems.push(`${CHROME} is missing: run npm run build first`);
  const manifest = JSON.parse(readFileSync(join(CHROME, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  if (manifest.manifest_version !== 3) problems.push('chrome: manifest_version must be 3');
  for (const field of ['name', 'version', 'description', 'icons', 'action', 'default_locale']) {
    if (manifest[field] === undefined) problems.push(`chrome: the manifest has no ${field}`);
  }
  const icons = manifest.icons as Record<string, string> | undefined;
  if (!icons?.['128']) problems.push('chrome: the store needs a 128 px icon');
  for (const path of referencedFiles(manifest)) {
    if (!existsSync(join(CHROME, path))) problems.push(`chrome: the manifest names ${path}, which is not in the package`);
  }
  if (typeof manifest.default_locale === 'string') {
    const messages = join(CHROME, '_locales', manifest.default_locale, 'messages.json');
    if (!existsSync(messages)) problems.push(`chrome: _locales/${manifest.default_locale}/messages.json is missing`);
  }
  const files = filesUnder(CHROME).filter((path) => /\.(js|mjs|html)$/.test(path));
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    for (const { pattern, what } of REMOTE_CODE) if (pattern.test(text)) problems.push(`chrome: ${path.slice(CHROME.length + 1)} contains ${what}`);
  }
  // modules/chrome-namespace.ts: every frame's script uses `chrome`; reading Chromium's lazily built
  // `browser` namespace as well cost 1-5 ms of each page's main thread.
  for (const script of (manifest.content_scripts as { js?: string[] }[] | undefined) ?? []) {
    for (const path of script.js ?? []) {
      const file = join(CHROME, path);
      if (existsSync(file) && /\bglobalThis\.browser\b/.test(readFileSync(file, 'utf8'))) problems.push(`chrome: the content script ${path} reads globalThis.browser (see modules/chrome-namespace.ts)`);
    }
  }
  console.log(`chrome: manifest checked, ${referencedFiles(manifest).length} referenced files present, ${files.length} scripts and pages scanned for remote or eval-like code`);
}

lintFirefox();
checkChrome();
if (problems.length > 0) {
  console.error(`\n${problems.length} package problems:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else console.log('Packages: no problems.');
