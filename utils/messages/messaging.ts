import { defineExtensionMessaging, type ExtensionMessage, type Message } from '@webext-core/messaging';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { BlockMatches, SelectionTarget } from '../../glossary/block-match';
import type { CompiledEntry } from '../../glossary/compile';
import { builtOnce } from '../../glossary/built-once';
import { LIMITS } from '../../glossary/limits';
import type { GlossaryEntry } from '../../glossary/schema';
import { UNDERLINE_LEVELS } from '../../glossary/settings-schema';
import { PAGE_COMMANDS } from './commands';
import { termToAddSchema } from './my-terms-link';
import { entryRefSchema } from './entry-ref';
import type { EntryOrigin } from './entry-origin';
import type { StoredTables } from '../storage/glossary-store';

/**
 * ONE protocol for every message between background, content scripts and extension pages.
 * Each message's payload has a schema; receivers run it before trusting anything.
 */
const entryId = () => v.pipe(v.string(), v.maxLength(LIMITS.refChars));

/** Page text sent to be matched: bounded in pieces and in total, so no page can make the background choke. */
const pageText = (maxChars: number) =>
  v.pipe(
    v.array(v.string()),
    v.maxLength(LIMITS.matchRequestSegments),
    v.check((segments) => segments.reduce((sum, text) => sum + text.length, 0) <= maxChars, `more than ${maxChars} characters`),
  );

/*
 * Each message's schema is built the first time that message is received: every web page
 * evaluates this module, and a page that is never asked anything should not pay for building a
 * dozen schemas (valibot's builders run for the first time there, compiled as they go).
 */
const MESSAGE_SCHEMAS = {
  /** content/popup -> background: the full entry for a card. */
  getEntry: builtOnce(() => v.strictObject({ id: entryId(), packId: entryId() })),
  /** popup -> content (top frame): what this page shows. */
  getPageTerms: builtOnce(() => v.strictObject({})),
  /** popup -> content: scroll to an occurrence of a term and flash it. */
  revealTerm: builtOnce(() => v.strictObject({ id: entryId(), occurrence: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.revealOccurrence)) })),
  /** content -> background: open the popup (or its page in a window) on an entry's detail, or on a search. */
  openInTermlight: builtOnce(() => v.union([v.strictObject({ entry: entryRefSchema() }), v.strictObject({ query: v.pipe(v.string(), v.maxLength(LIMITS.queryChars)) })])),
  /** content (top frame) -> background: how many distinct terms the page shows, for the badge. */
  reportTermCount: builtOnce(() => v.strictObject({ count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.reportedTerms)) })),
  /** background -> content (top frame): a keyboard command the user pressed. */
  runCommand: builtOnce(() => v.strictObject({
    command: v.picklist(PAGE_COMMANDS),
    /** false: stepping past this frame's last (or first) term answers moved: false instead of wrapping. */
    wrap: v.optional(v.boolean()),
  })),
  /** content -> background: open Options › My terms with this word filled in (a word-parts card). */
  openMyTerms: builtOnce(() => v.strictObject({ term: termToAddSchema() })),
  /** popup -> content (top frame): the rare words on the page nothing explains; computed only when asked. */
  getUnexplainedWords: builtOnce(() => v.strictObject({})),
  /**
   * content -> background: the glossary terms and word-parts guesses in one block of page text,
   * under the frame's underline and word-parts settings (the background's matcher, warm for every tab).
   */
  matchBlock: builtOnce(() => v.strictObject({
    segments: pageText(LIMITS.matchRequestChars),
    healthTopic: v.boolean(),
    underline: v.picklist(UNDERLINE_LEVELS),
    wordParts: v.boolean(),
  })),
  /** content, reader -> background: which of an entry's senses the words around an occurrence point to. */
  chooseSense: builtOnce(() => v.strictObject({
    packId: entryId(),
    id: entryId(),
    text: v.pipe(v.string(), v.maxLength(LIMITS.senseTextChars)),
    start: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.senseTextChars)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.senseTextChars)),
  })),
  /** content -> background: what selected text is (a term, a word its parts explain, or a search). */
  explainSelection: builtOnce(() => v.strictObject({ text: v.pipe(v.string(), v.maxLength(LIMITS.selectionChars)) })),
  /** content (top frame) -> background: of the page's text blocks, the rare words nothing explains. */
  listUnexplained: builtOnce(() => v.strictObject({
    blocks: v.pipe(
      v.array(v.array(v.string())),
      v.maxLength(LIMITS.matchRequestSegments),
      v.check((blocks) => blocks.reduce((sum, block) => sum + block.reduce((n, text) => n + text.length, 0), 0) <= LIMITS.unexplainedPageChars, 'too much text'),
    ),
    wordParts: v.boolean(),
  })),
  /**
   * PDF reader -> background: the tables of this revision, where the reader's own database lacks
   * them (glossary-store.ts, AskForTables). Answered to extension pages only.
   */
  compiledTables: builtOnce(() => v.strictObject({ revision: v.pipe(v.string(), v.maxLength(LIMITS.revisionChars)) })),
} as const;

export type { PageCommand } from './commands';

export interface EntryReply {
  entry: GlossaryEntry;
  related: { id: string; packId: string; term: string }[];
  /** Which glossary the entry is from, and the other glossaries' entries for its word (issue #17). */
  origin?: EntryOrigin;
}

export interface PageTerm {
  id: string;
  packId: string;
  term: string;
  count: number;
}

export interface PageTermsReply {
  host: string;
  active: boolean;
  terms: PageTerm[];
}

/** A rare word on the page that neither the glossary nor its word parts explain. */
export interface UnexplainedWord {
  word: string;
  count: number;
}

interface UnexplainedWordsReply {
  active: boolean;
  words: UnexplainedWord[];
}

/**
 * A block's matches, with the entries they stand for (by their index in the glossary of
 * `revision`, which a page keeps until the glossary changes).
 */
export interface MatchBlockReply extends BlockMatches {
  revision: string;
  entries: [number, CompiledEntry][];
}

/** A selection's answer: the entry is named as the background knows it. */
export type SelectionReply = SelectionTarget<CompiledEntry>;

type MessageType = keyof typeof MESSAGE_SCHEMAS;
type Data<K extends MessageType> = v.InferOutput<ReturnType<(typeof MESSAGE_SCHEMAS)[K]>>;

interface ProtocolMap {
  getEntry(data: Data<'getEntry'>): EntryReply | null;
  getPageTerms(data: Data<'getPageTerms'>): PageTermsReply;
  revealTerm(data: Data<'revealTerm'>): { found: boolean; total: number };
  openInTermlight(data: Data<'openInTermlight'>): void;
  reportTermCount(data: Data<'reportTermCount'>): void;
  runCommand(data: Data<'runCommand'>): { moved: boolean };
  openMyTerms(data: Data<'openMyTerms'>): void;
  getUnexplainedWords(data: Data<'getUnexplainedWords'>): UnexplainedWordsReply;
  matchBlock(data: Data<'matchBlock'>): MatchBlockReply | null;
  chooseSense(data: Data<'chooseSense'>): number | null;
  explainSelection(data: Data<'explainSelection'>): SelectionReply | null;
  listUnexplained(data: Data<'listUnexplained'>): UnexplainedWord[] | null;
  compiledTables(data: Data<'compiledTables'>): StoredTables | null;
}

const messenger = defineExtensionMessaging<ProtocolMap>();
export const sendMessage = messenger.sendMessage;

type Handler<K extends keyof ProtocolMap> = (
  data: Data<K>,
  message: Message<ProtocolMap, K> & ExtensionMessage,
) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

/**
 * Registers a handler that only ever sees payloads matching the schema, from our own
 * extension. Anything else is dropped and answered with undefined.
 */
export function onMessage<K extends keyof ProtocolMap>(type: K, handler: Handler<K>): () => void {
  return messenger.onMessage(type, (message) => {
    if (!isOwnSender(message.sender)) return undefined as never;
    const parsed = v.safeParse(MESSAGE_SCHEMAS[type](), message.data);
    if (!parsed.success) return undefined as never;
    return handler(parsed.output as Data<K>, message) as never;
  });
}

/** Whether a message comes from one of the extension's own pages (not a content script in a web page). */
export function isExtensionPage(sender: { url?: string } | undefined, ownOrigin: string = browser.runtime.getURL('/')): boolean {
  return typeof sender?.url === 'string' && sender.url.startsWith(ownOrigin);
}

function isOwnSender(sender: { id?: string } | undefined, ownId: string | undefined = browser.runtime?.id): boolean {
  return !!sender && !!ownId && sender.id === ownId;
}
