/**
 * The pages the page benchmark serves: a ~1 MB article (paragraphs, headings, lists, inline
 * b/i/a, glossary terms mixed in), a page of ~100,000 DOM nodes (a feed of small cards), and a
 * small page without a single glossary term (start-up). All deterministic: same seed, same bytes.
 */
import type { Matcher } from '../../glossary/matcher';
import { generateCorpus, random, type TermPool } from '../corpus';

/** The ::highlight() name in-page.ts registers; styled so the benchmark's highlights really paint. */
const HEAD = (title: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
  `<title>${title}</title>` +
  '<style>body{font:16px/1.5 Georgia,serif;max-width:44rem;margin:0 auto;padding:1rem}' +
  '.card{border-bottom:1px solid #ddd;padding:4px 0}' +
  '::highlight(termlight-bench){text-decoration:underline 2px teal;background-color:rgba(0,128,128,.12)}' +
  '::highlight(termlight-bench-parts){text-decoration:underline 1px dotted #6b7280}' +
  '::highlight(termlight-bench-tint){background-color:rgba(0,128,128,.16)}</style>' +
  '</head><body>';
/** The benchmark's in-page bundle (in-page.ts), loaded by every page; it runs nothing by itself. */
const TAIL = '<script src="/in-page.js"></script></body></html>\n';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Wraps a few words of running text in b, i or a, as articles do (terms get split at times). */
function inlineMarkup(text: string, rnd: () => number): string {
  return text
    .split(' ')
    .map((word) => {
      const r = rnd();
      const safe = escapeHtml(word);
      if (r < 0.025) return `<b>${safe}</b>`;
      if (r < 0.045) return `<i>${safe}</i>`;
      if (r < 0.06) return `<a href="#ref">${safe}</a>`;
      return safe;
    })
    .join(' ');
}

function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.?!]) /);
}

export interface GeneratedPage {
  html: string;
  bytes: number;
}

/** An article of at least `targetBytes` UTF-8 bytes of HTML. */
export function articlePage(pool: TermPool, targetBytes = 1_000_000, seed = 11): GeneratedPage {
  const rnd = random(seed);
  const paragraphs = generateCorpus(Math.ceil(targetBytes * 1.2), pool, seed).split('\n\n');
  const parts: string[] = [HEAD('Page benchmark: 1 MB article'), '<header><nav><a href="#a">Home</a> · <a href="#b">Health</a> · <a href="#c">About</a></nav></header><main><article><h1>Living well: a long read</h1>'];
  let bytes = parts.reduce((sum, part) => sum + Buffer.byteLength(part), 0);
  const tail = `</article></main><footer><p>Generated for Termlight's page benchmark.</p></footer>${TAIL}`;
  for (let i = 0; i < paragraphs.length && bytes + Buffer.byteLength(tail) < targetBytes; i++) {
    const paragraph = paragraphs[i]!;
    let html = '';
    if (i % 9 === 0) {
      const words = paragraph.split(' ');
      html += `<h2>${inlineMarkup(words.slice(0, 3 + Math.floor(rnd() * 5)).join(' ').replace(/[,.;:!?]$/, ''), rnd)}</h2>`;
    }
    if (i % 13 === 6) html += `<ul>${sentencesOf(paragraph).map((s) => `<li>${inlineMarkup(s, rnd)}</li>`).join('')}</ul>`;
    else html += `<p>${inlineMarkup(paragraph, rnd)}</p>`;
    parts.push(html);
    bytes += Buffer.byteLength(html);
  }
  parts.push(tail);
  const html = parts.join('\n');
  return { html, bytes: Buffer.byteLength(html) };
}

/**
 * A feed of small cards, about `targetNodes` DOM nodes in all (elements + text nodes, counted
 * here as the browser will build them: no whitespace between tags).
 */
export function manyNodesPage(pool: TermPool, targetNodes = 100_000, seed = 12): GeneratedPage & { nodes: number } {
  const rnd = random(seed);
  const sentences = generateCorpus(2_000_000, pool, seed).split('\n\n').flatMap(sentencesOf);
  // html, head, meta, title, its text, style, its text, body, main, the bundle's script
  let nodes = 10;
  const cards: string[] = [];
  const perCard = 13;
  for (let i = 0; nodes + perCard <= targetNodes; i++) {
    const words = sentences[i % sentences.length]!.split(' ');
    const cut = (from: number, to: number) => escapeHtml(words.slice(from, to).join(' ')) || 'note';
    const n = words.length;
    const q = Math.max(1, Math.floor(n / 5));
    // div, h3 + text, p + [text, a + text, text, b + text, text], span + text = 13 nodes
    cards.push(
      `<div class="card"><h3>${cut(0, 3)}</h3><p>${cut(0, q)} <a href="#c${i}">${cut(q, 2 * q)}</a> ${cut(2 * q, 3 * q)} ` +
        `<b>${cut(3 * q, 4 * q)}</b> ${cut(4 * q, n)}</p><span class="meta">${1 + Math.floor(rnd() * 9)} min read</span></div>`,
    );
    nodes += perCard;
  }
  const html = `${HEAD('Page benchmark: 100,000 nodes')}<main>${cards.join('')}</main>${TAIL}`;
  return { html, bytes: Buffer.byteLength(html), nodes };
}

/** A small ordinary page (nav, heading, paragraphs, list, footer) in which no matcher finds a term. */
export function noTermsPage(matchers: readonly Matcher[], seed = 13): GeneratedPage {
  const rnd = random(seed);
  const clean = (text: string): string => {
    for (let pass = 0; pass < 10; pass++) {
      let changed = false;
      for (const matcher of matchers) {
        const found = matcher.findInText(text);
        for (let k = found.length - 1; k >= 0; k--) {
          text = text.slice(0, found[k]!.start) + 'thing' + text.slice(found[k]!.end);
          changed = true;
        }
      }
      if (!changed) return text;
    }
    throw new Error('could not rid the start-up page of glossary terms');
  };
  const paragraphs = generateCorpus(5_000, { tiers: [[]], weights: [1] }, seed).split('\n\n').map(clean);
  const body = [
    '<header><nav><a href="#1">Home</a> <a href="#2">News</a> <a href="#3">Sport</a> <a href="#4">Weather</a> <a href="#5">Contact</a></nav></header>',
    `<main><article><h1>${escapeHtml(clean('A short page about nothing in particular'))}</h1>`,
    ...paragraphs.slice(0, -1).map((p) => `<p>${inlineMarkup(p, rnd)}</p>`),
    `<ul>${sentencesOf(paragraphs.at(-1)!).map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`,
    '</article></main><footer><p>Small print.</p></footer>',
  ];
  const html = `${HEAD('Page benchmark: no terms')}${body.join('\n')}${TAIL}`;
  return { html, bytes: Buffer.byteLength(html) };
}

/** The same page without the benchmark's in-page bundle: what a reader's tab loads. */
export function withoutBenchScript(page: GeneratedPage): GeneratedPage {
  const html = page.html.replace(TAIL, '</body></html>\n');
  return { html, bytes: Buffer.byteLength(html) };
}

/**
 * A short consumer-health page (about 170 words, a dozen glossary terms at default settings),
 * written for the benchmark: the other page the black-box start-up rows load.
 */
export function shortHealthPage(): GeneratedPage {
  const paragraphs = [
    'Your doctor may talk about arteriosclerosis when the walls of an artery grow thick and stiff. It often comes with high blood pressure, and it can narrow the vessels that feed the heart.',
    'A muscle spasm is a sudden tightening you cannot stop. Twitching of a small muscle is common after exercise, and it usually fades on its own. Dehydration and low levels of electrolytes such as potassium, magnesium or calcium can make cramps more likely.',
    'If tests are needed, a technician may take an electrocardiogram, and a radiologist may read a scan of the chest. Some people are given a statin or a diuretic; others need an angioplasty, in which a small balloon widens the artery and a stent keeps it open.',
    'Ask which results were unremarkable and which were not, and what each word on the report means.',
  ];
  const body = ['<main><article><h1>When arteries stiffen</h1>', ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`), '</article></main>'];
  const html = `${HEAD('Short health page')}${body.join('\n')}</body></html>\n`;
  return { html, bytes: Buffer.byteLength(html) };
}
