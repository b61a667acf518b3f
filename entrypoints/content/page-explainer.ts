import type { Settings } from '../../glossary/settings-schema';
import { sendMessage, type UnexplainedWord } from '../../utils/messages/messaging';
import { scanOptions } from './scan-lifecycle';
import { pageTextBlocks } from './unexplained';

/**
 * The rare words on the page that nothing explains (neither the glossary nor, when on, their
 * parts): the page's text goes to the background, whose matcher and word lists decide.
 */
export async function unexplainedOnPage(win: Window, roots: Node[], settings: Settings): Promise<UnexplainedWord[] | null> {
  const blocks = await pageTextBlocks(win, roots, scanOptions(settings));
  return sendMessage('listUnexplained', { blocks, wordParts: settings.wordParts });
}
