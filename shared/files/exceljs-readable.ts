/**
 * An .xlsx's bytes as exceljs can load them: the same bytes when it reads them as they are,
 * else a copy with the edits of exceljs-package.ts (renamed and rewritten parts; every other
 * entry's compressed data copied, not inflated). The copy is only ever loaded, never written.
 * Call after scanXlsx: the parts read here have then been held to the read limits.
 */
import { editsForExceljs, needsText } from './exceljs-package';
import { entryData, inflated, zipEntries, type ZipEntry } from './xlsx-scan';
import { crc32, writeZip, type ZipWriteEntry } from './zip-write';

export async function readableByExceljs(bytes: Uint8Array): Promise<Uint8Array> {
  // A zip this reader cannot follow is left to exceljs, which reports it.
  const entries = zipEntries(bytes);
  if (!entries) return bytes;
  const texts = new Map<string, string>();
  for (const entry of entries) {
    if (!needsText(entry.name)) continue;
    const text = await entryText(bytes, entry);
    if (text === undefined) return bytes;
    texts.set(entry.name, text);
  }
  const edits = editsForExceljs(
    entries.map((entry) => entry.name),
    texts,
  );
  if (!edits) return bytes;
  const encoder = new TextEncoder();
  const written: ZipWriteEntry[] = [];
  for (const entry of entries) {
    const name = edits.renames.get(entry.name) ?? entry.name;
    const text = edits.texts.get(entry.name);
    if (text !== undefined) {
      const data = encoder.encode(text);
      written.push({ name, method: 0, data, crc32: crc32(data), size: data.length });
      continue;
    }
    const data = entryData(bytes, entry);
    if (!data) return bytes;
    written.push({ name, method: entry.method, data, crc32: entry.crc32, size: entry.size });
  }
  return writeZip(written) ?? bytes;
}

async function entryText(bytes: Uint8Array, entry: ZipEntry): Promise<string | undefined> {
  const data = entryData(bytes, entry);
  if (!data || (entry.method !== 0 && entry.method !== 8)) return undefined;
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  try {
    for await (const chunk of inflated(data, entry.method)) chunks.push(decoder.decode(chunk, { stream: true }));
  } catch {
    // A part that does not inflate: exceljs reports the damage when it loads the file as it is.
    return undefined;
  }
  chunks.push(decoder.decode());
  return chunks.join('');
}
