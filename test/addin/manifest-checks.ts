/**
 * Checks on an Office add-in XML manifest that the XSDs in ../shared/schemas/office-addin-manifest/
 * do not make: every resid names a resource of the right kind, every URL is https, every visible
 * string has a zh-CN override, and icons exist with the pixel sizes the manifest declares.
 */
import { readFileSync, existsSync } from 'node:fs';

const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export interface ManifestCheckOptions {
  /** Maps a manifest URL to a local file when the URL is served from this repo (icons), else null. */
  localFile: (url: string) => string | null;
  /** Locales every visible string must be translated into. */
  overrideLocales: string[];
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature || bytes.subarray(12, 16).toString('ascii') !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function byLocalName(doc: Document, name: string): Element[] {
  return Array.from(doc.getElementsByTagName('*')).filter((el) => el.localName === name);
}

function overrideLocales(el: Element): string[] {
  return Array.from(el.children)
    .filter((child) => child.localName === 'Override')
    .map((child) => child.getAttribute('Locale') ?? '');
}

/** Returns one line per problem; an empty list means the manifest passed. */
export function checkManifest(doc: Document, options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  const resources = new Map<string, { kind: string; el: Element }>();
  for (const kind of ['Image', 'Url', 'String']) {
    for (const el of Array.from(doc.getElementsByTagNameNS(BT, kind))) {
      const id = el.getAttribute('id');
      if (!id) continue; // <bt:Image size resid> references are also bt:Image
      const section = el.parentElement?.localName ?? '';
      if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      if (id.length > 32) problems.push(`resource id "${id}" is longer than 32 characters`);
      resources.set(id, { kind: kind === 'String' ? section : kind, el });
    }
  }

  // Which kind of resource each referencing element needs.
  const expected = (el: Element): string[] => {
    switch (el.localName) {
      case 'Image':
        return ['Image'];
      case 'SourceLocation':
      case 'FunctionFile':
      case 'LearnMoreUrl':
        return ['Url'];
      case 'Label':
      case 'Title':
        return ['ShortStrings'];
      case 'Description':
        return ['LongStrings'];
      default:
        return ['Image', 'Url', 'ShortStrings', 'LongStrings'];
    }
  };
  const used = new Set<string>();
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    const resid = el.getAttribute('resid');
    if (resid === null) continue;
    used.add(resid);
    const resource = resources.get(resid);
    if (!resource) problems.push(`<${el.localName} resid="${resid}"> names no resource`);
    else if (!expected(el).includes(resource.kind)) {
      problems.push(
        `<${el.localName} resid="${resid}"> names a ${resource.kind} resource, expected ${expected(el).join(' or ')}`,
      );
    }
  }
  for (const id of resources.keys()) if (!used.has(id)) problems.push(`resource "${id}" is never used`);

  // Visible strings: DisplayName, Description and every string resource, in every locale.
  const visible = [
    ...byLocalName(doc, 'DisplayName'),
    ...byLocalName(doc, 'Description').filter((el) => el.hasAttribute('DefaultValue')),
  ];
  for (const { kind, el } of resources.values())
    if (kind === 'ShortStrings' || kind === 'LongStrings') visible.push(el);
  for (const el of visible) {
    const label = el.getAttribute('id') ?? el.localName;
    const have = overrideLocales(el);
    for (const locale of options.overrideLocales) {
      if (!have.includes(locale)) problems.push(`${label} has no ${locale} override`);
    }
    const limit = el.parentElement?.localName === 'LongStrings' || el.localName === 'Description' ? 250 : 125;
    for (const text of [
      el.getAttribute('DefaultValue'),
      ...Array.from(el.children).map((c) => c.getAttribute('Value')),
    ]) {
      if (text !== null && text.length > limit) problems.push(`${label} is longer than ${limit} characters`);
    }
  }

  // URLs: every DefaultValue/Value that looks like a URL, plus AppDomains.
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    for (const attr of ['DefaultValue', 'Value']) {
      const value = el.getAttribute(attr);
      if (value && /^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('https://')) {
        problems.push(`${el.localName} ${attr}="${value}" is not https`);
      }
    }
  }
  for (const el of byLocalName(doc, 'AppDomain')) {
    if (!(el.textContent ?? '').startsWith('https://')) problems.push(`AppDomain ${el.textContent} is not https`);
  }

  // Icons: declared size (ribbon images) or the size Office expects (IconUrl 32, HighResolutionIconUrl 64).
  const iconChecks: Array<{ url: string; size: number; what: string }> = [];
  for (const el of Array.from(doc.getElementsByTagNameNS(BT, 'Image'))) {
    const resid = el.getAttribute('resid');
    const size = Number(el.getAttribute('size'));
    const resource = resid ? resources.get(resid) : undefined;
    if (resid && resource?.kind === 'Image') {
      iconChecks.push({ url: resource.el.getAttribute('DefaultValue') ?? '', size, what: `image ${resid}` });
    }
  }
  for (const [name, size] of [
    ['IconUrl', 32],
    ['HighResolutionIconUrl', 64],
  ] as const) {
    for (const el of byLocalName(doc, name))
      iconChecks.push({ url: el.getAttribute('DefaultValue') ?? '', size, what: name });
  }
  for (const { url, size, what } of iconChecks) {
    const file = options.localFile(url);
    if (file === null) {
      problems.push(`${what}: ${url} is not served from this repository`);
    } else if (!existsSync(file)) {
      problems.push(`${what}: ${file} does not exist`);
    } else {
      try {
        const { width, height } = pngSize(readFileSync(file));
        if (width !== size || height !== size)
          problems.push(`${what}: ${file} is ${width}x${height}, declared ${size}x${size}`);
      } catch (error) {
        problems.push(`${what}: ${file}: ${(error as Error).message}`);
      }
    }
  }

  // Duplicate control ids and xsi:type sanity for the one host this add-in targets.
  const ids = Array.from(doc.getElementsByTagName('*'))
    .filter((el) => el.namespaceURI !== BT && el.hasAttribute('id'))
    .map((el) => el.getAttribute('id') as string);
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) problems.push(`id "${id}" is used twice`);
  const hostNames = byLocalName(doc, 'Host').map((el) => el.getAttribute('Name') ?? el.getAttributeNS(XSI, 'type'));
  for (const name of hostNames) if (name !== 'Workbook') problems.push(`Host "${name}" is not Workbook`);
  return problems;
}
