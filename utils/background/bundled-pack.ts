import { browser } from 'wxt/browser';
import { BUNDLED_PACK_FILE, parseBundledPack, type BundledPack } from '../../glossary/packs/pack-file';

type PackagePath = `/${typeof BUNDLED_PACK_FILE}`;

/** Reads a file of the extension's own package: the address is always the package's, never the web's. */
const fetchPackageFile = (path: PackagePath) => fetch(browser.runtime.getURL(path));

/**
 * The bundled pack, read from the file the build wrote into the package. A file that cannot be
 * read or parsed is an error that names it: the background logs it and the options page shows it.
 */
export async function readBundledPack(fetchFile: (path: PackagePath) => Promise<Response> = fetchPackageFile): Promise<BundledPack> {
  const response = await fetchFile(`/${BUNDLED_PACK_FILE}`);
  if (!response.ok) throw new Error(`${BUNDLED_PACK_FILE} could not be read (status ${response.status})`);
  return parseBundledPack(await response.json());
}
