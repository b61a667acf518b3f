import { browser } from 'wxt/browser';
import { BUNDLED_PACK_FILE, parseBundledPack, type BundledPack } from '../../glossary/packs/pack-file';

/**
 * The bundled pack, read from the file the build wrote into the package. A package file that
 * cannot be read or parsed is an error that names the file: the background logs it, and pages
 * get no matches rather than wrong ones.
 */
export async function readBundledPack(
  fetchFile: (url: string) => Promise<Response> = (url) => fetch(url),
  url: string = browser.runtime.getURL(`/${BUNDLED_PACK_FILE}` as const),
): Promise<BundledPack> {
  const response = await fetchFile(url);
  if (!response.ok) throw new Error(`${BUNDLED_PACK_FILE} could not be read (status ${response.status})`);
  return parseBundledPack(await response.json());
}
