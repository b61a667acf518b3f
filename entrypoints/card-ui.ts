import { cardUi } from './content/tooltip/card-ui';
import { publishCardUi } from './content/tooltip/card-ui-contract';

/**
 * The card's drawing code for web pages, loaded by the content script on the first card it shows
 * (see card-ui-contract.ts); listed in the manifest's web_accessible_resources for that import.
 * Firefox's content script has the card code bundled in, so its build leaves this file out.
 */
export default defineUnlistedScript({
  exclude: ['firefox'],
  main: () => publishCardUi(cardUi),
});
