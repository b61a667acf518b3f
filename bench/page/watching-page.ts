/**
 * The page of the watching benchmark (watching.ts): the 1 MB article with, above it, what real
 * sites change after load. Sections behind the `hidden` attribute (an accordion), a container
 * that web components with their shadow content already rendered are added to (a feed), and
 * custom elements that have no shadow root yet (components that upgrade late). The page's own
 * script (`window.__watching.run(kind, count)`) then makes `count` changes of one kind, one every 20 ms.
 */
import { generateCorpus, type TermPool } from '../corpus';
import { articlePage, type GeneratedPage } from './pages';

/** One change every this many ms, for each kind. */
const CHANGE_EVERY_MS = 20;
/** Hidden sections; the accordion keeps this many open at a time. */
const SECTIONS = 200;
const OPEN_AT_ONCE = 5;
/** Custom elements that get a shadow root attached later: more than one run's changes. */
const LATE_ELEMENTS = 200;
/** Texts the page's components and late shadow roots take in turn. */
const FEED_TEXTS = 400;

export type WatchingKind = 'reveal' | 'components' | 'attach';

export interface WatchingDone {
  /** Changes the page made. */
  changes: number;
  /** How long they took (20 ms apart, unless the main thread was too busy to keep up). */
  ms: number;
  /** For 'components' and 'attach': shadow roots the page has now; for 'reveal': sections open. */
  targets: number;
}

export interface WatchingPageApi {
  run(kind: WatchingKind, count: number): Promise<WatchingDone>;
  highlighted(kind: WatchingKind): number;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** The page's own code: it runs in the main world, as a site's would. */
const SCRIPT = `<script>
(() => {
  const texts = JSON.parse(document.getElementById('watching-texts').textContent);
  let next = 0;
  const text = () => texts[next++ % texts.length];
  class BenchCard extends HTMLElement {
    constructor() {
      super();
      // Rendered before it is added to the page, as frameworks' components are.
      const root = this.attachShadow({ mode: 'open' });
      const p = document.createElement('p');
      p.textContent = text();
      root.append(p);
    }
  }
  customElements.define('bench-card', BenchCard);
  const sections = [...document.querySelectorAll('#watching-sections > section')];
  const late = [...document.querySelectorAll('bench-late')];
  const feed = document.getElementById('watching-feed');
  let revealed = 0;
  let attached = 0;
  const change = {
    reveal() {
      const section = sections[revealed % sections.length];
      section.hidden = false;
      const closing = sections[(revealed - ${OPEN_AT_ONCE} + sections.length) % sections.length];
      if (revealed >= ${OPEN_AT_ONCE}) closing.hidden = true;
      revealed++;
      return true;
    },
    components() {
      feed.append(document.createElement('bench-card'));
      return true;
    },
    attach() {
      const element = late[attached];
      if (!element) return false;
      const root = element.attachShadow({ mode: 'open' });
      const p = document.createElement('p');
      p.textContent = text();
      root.append(p);
      attached++;
      return true;
    },
  };
  const targets = {
    reveal: () => sections.filter((section) => !section.hidden).length,
    components: () => feed.children.length,
    attach: () => attached,
  };
  /** Where Termlight's registered ranges are: the shadow roots and sections they lie in. */
  const holding = () => {
    const places = new Set();
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('termlight-') || name === 'termlight-focus') continue;
      for (const range of highlight) {
        const node = range.startContainer;
        const root = node.getRootNode();
        places.add(root instanceof ShadowRoot ? root : node.parentElement && node.parentElement.closest('section'));
      }
    }
    return places;
  };
  const highlighted = {
    reveal: (places) => sections.filter((section) => !section.hidden && places.has(section)).length,
    components: (places) => [...feed.children].filter((card) => places.has(card.shadowRoot)).length,
    attach: (places) => late.filter((element) => element.shadowRoot && places.has(element.shadowRoot)).length,
  };
  window.__watching = {
    /** Of the targets, how many Termlight has underlined something in. */
    highlighted: (kind) => highlighted[kind](holding()),
    run(kind, count) {
      return new Promise((resolve) => {
        let changes = 0;
        const start = performance.now();
        const timer = setInterval(() => {
          if (changes < count && change[kind]()) changes++;
          else {
            clearInterval(timer);
            resolve({ changes, targets: targets[kind](), ms: performance.now() - start });
          }
        }, ${CHANGE_EVERY_MS});
      });
    },
  };
})();
</script>`;

/**
 * `articlePool` makes the article (the same as the 1 MB article row's); the changing parts are made
 * of sentences from `termPool` in which `underlinedEntries` finds a term the extension will
 * underline (it gives the entries found).
 */
export function watchingPage(articlePool: TermPool, termPool: TermPool, underlinedEntries: (text: string) => readonly number[], seed = 14): GeneratedPage {
  // No entry in two sentences: at the default density jargon is underlined once per section, and the
  // changing parts share one, so a sentence whose terms all came earlier rightly stays plain and
  // "every change underlined" could not hold.
  const used = new Set<number>();
  const introducesOnlyNewTerms = (sentence: string): boolean => {
    const entries = underlinedEntries(sentence);
    if (entries.length === 0 || entries.some((entry) => used.has(entry))) return false;
    for (const entry of entries) used.add(entry);
    return true;
  };
  const sentences = generateCorpus(1_600_000, termPool, seed)
    .split('\n\n')
    .flatMap((paragraph) => paragraph.split(/(?<=[.?!]) /))
    .map((sentence) => sentence.replace(/\s+/g, ' '))
    .filter((sentence) => sentence.length > 30 && sentence.length < 100 && introducesOnlyNewTerms(sentence));
  if (sentences.length < 3 * SECTIONS + LATE_ELEMENTS + FEED_TEXTS) throw new Error(`only ${sentences.length} sentences with terms for the watching page`);
  const pick = (i: number) => escapeHtml(sentences[i % sentences.length]!);
  const sections = Array.from(
    { length: SECTIONS },
    (_, i) => `<section hidden><h3>${pick(3 * i)}</h3><p>${pick(3 * i + 1)} ${pick(3 * i + 2)}</p></section>`,
  ).join('');
  const late = Array.from({ length: LATE_ELEMENTS }, (_, i) => `<bench-late>${pick(3 * SECTIONS + i)}</bench-late>`).join('');
  const area =
    // Small print in a wide grid: every change stays within the range Termlight registers ranges
    // in (three viewports beyond the one in view), so its highlights are really updated.
    '<style>body { max-width: none; } #watching-feed, #watching-late { display: grid; grid-template-columns: repeat(8, 1fr); gap: 0 8px; font-size: 10px; }' +
    ' #watching-feed p { margin: 0; } bench-late { display: block; }</style>' +
    `<div id="watching"><div id="watching-feed"></div><div id="watching-sections">${sections}</div>` +
    `<div id="watching-late">${late}</div></div>` +
    `<script type="application/json" id="watching-texts">${JSON.stringify(sentences.slice(3 * SECTIONS + LATE_ELEMENTS, 3 * SECTIONS + LATE_ELEMENTS + FEED_TEXTS)).replace(/</g, '\\u003c')}</script>`;
  const article = articlePage(articlePool);
  const html = article.html
    .replace('<title>Page benchmark: 1 MB article</title>', '<title>Page benchmark: a large page that changes</title>')
    .replace('</head><body>', `</head><body>${area}`)
    .replace('<script src="/in-page.js">', `${SCRIPT}<script src="/in-page.js">`);
  return { html, bytes: Buffer.byteLength(html) };
}
