import { sendMessage, type EntryReply } from '../../utils/messages/messaging';

/** How the background knows an entry: its glossary and its id. */
export interface EntryRef {
  id: string;
  packId: string;
}

/**
 * The entries cards show, fetched from the background and kept: each term is asked for once while
 * the glossary stays. The owner clears it when the glossary changes; past `limit` terms it starts
 * over rather than grow on a page that is read for hours.
 */
export class EntryCache {
  readonly #replies = new Map<string, Promise<EntryReply | null>>();

  constructor(
    private readonly ask: (ref: EntryRef) => Promise<EntryReply | null>,
    private readonly limit = 500,
  ) {}

  get(ref: EntryRef): Promise<EntryReply | null> {
    const key = `${ref.packId}\u0000${ref.id}`;
    let reply = this.#replies.get(key);
    if (!reply) {
      // A failed request answers null (the card then stays closed) and is not asked again.
      reply = this.ask(ref).catch(() => null);
      if (this.#replies.size > this.limit) this.#replies.clear();
      this.#replies.set(key, reply);
    }
    return reply;
  }

  clear(): void {
    this.#replies.clear();
  }
}

/** The background's answer for an entry (the message takes exactly these two fields). */
export function entryFromBackground(ref: EntryRef): Promise<EntryReply | null> {
  return sendMessage('getEntry', { id: ref.id, packId: ref.packId });
}
