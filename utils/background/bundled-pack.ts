import { browser } from 'wxt/browser';
import { packPartFile, parseBundledPack, parsePackPart, type BundledPack } from '../../glossary/packs/pack-file';

type PackagePath = Parameters<typeof browser.runtime.getURL>[0];

/** Reads a file of the extension's own package: the address is always the package's, never the web's. */
const fetchPackageFile = (path: PackagePath) => fetch(browser.runtime.getURL(path));

/**
 * The bundled pack, read from the files the build wrote into the package: the first names how many
 * parts follow, which are read together and joined in order. A file that cannot be read or parsed
 * is an error that names it: the background logs it and the options page shows it.
 */
export async function readBundledPack(fetchFile: (path: PackagePath) => Promise<Response> = fetchPackageFile): Promise<BundledPack> {
  const read = async (name: string) => {
    // The build decides how many parts there are, so WXT's list of package paths may not name them all.
    const response = await fetchFile(`/${name}` as PackagePath);
    if (!response.ok) throw new Error(`${name} could not be read (status ${response.status})`);
    return response.json() as Promise<unknown>;
  };
  const { parts, ...first } = parseBundledPack(await read(packPartFile(1)));
  const names = Array.from({ length: parts - 1 }, (_, i) => packPartFile(i + 2));
  const rest = await Promise.all(names.map(async (name) => parsePackPart(await read(name), name)));
  return { manifest: first.manifest, entries: first.entries.concat(...rest) };
}
