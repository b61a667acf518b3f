import type { Settings } from '../../utils/settings-schema';

/** The CSS.highlights name for an appearance; content.css has one rule set per name. */
export function highlightName(settings: Pick<Settings, 'style' | 'color'>): string {
  return `termlight-${settings.style}-${settings.color}`;
}

/** The "current term" marker used by keyboard navigation and the popup's scroll-to flash. */
export const FOCUS_HIGHLIGHT = 'termlight-focus';

/**
 * Owns Termlight's entries in a document's highlight registry. Ranges live in one Highlight
 * object; changing the appearance only re-registers it under another name, which is cheap.
 */
export class HighlightLayer {
  readonly highlight = new Highlight();
  #name: string | null = null;

  constructor(private readonly registry: HighlightRegistry) {}

  show(name: string): void {
    if (this.#name === name) return;
    this.hide();
    this.registry.set(name, this.highlight);
    this.#name = name;
  }

  hide(): void {
    if (this.#name && this.registry.get(this.#name) === this.highlight) this.registry.delete(this.#name);
    this.#name = null;
  }

  add(range: StaticRange): void {
    this.highlight.add(range);
  }

  delete(range: StaticRange): void {
    this.highlight.delete(range);
  }

  clear(): void {
    this.highlight.clear();
  }
}
