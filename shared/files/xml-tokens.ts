/**
 * A small streaming XML tokenizer for the parts of an .xlsx (sheet XML, shared strings, styles):
 * text arrives in chunks of any size and tags and text come out as they complete, so a sheet of
 * a million rows is never held as one string. Names lose their namespace prefix (`x:row` → `row`,
 * as some .NET writers spell them); DOCTYPEs, processing instructions and comments are skipped.
 */

export interface XmlHandler {
  /** An opening or self-closing tag; `attrs` is the raw text after the name (see attribute()). */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags, entities decoded; one run of text may arrive in several pieces. */
  text(text: string): void;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with XML's five named entities and numeric character references decoded. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const PATTERNS = new Map<string, RegExp>();

/** One attribute's decoded value from a tag's attribute text, matched by its local name. */
export function attribute(attrs: string, name: string): string | undefined {
  let pattern = PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(attrs);
  return match ? decodeEntities(match[1] ?? match[2]) : undefined;
}

/** The index of the `>` closing the tag that opens at `from`, skipping quoted values; -1 when not there yet. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export class XmlTokenizer {
  private rest = '';

  constructor(private readonly handler: XmlHandler) {}

  /** Feeds the next piece of text; whatever does not complete a tag or text run waits for the next. */
  feed(chunk: string): void {
    const s = this.rest + chunk;
    const { handler } = this;
    let i = 0;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) break;
      if (lt > i) handler.text(decodeEntities(s.slice(i, lt)));
      i = lt;
      const bang = s.charCodeAt(lt + 1) === 0x21;
      if (bang && s.startsWith('<!--', lt)) {
        const end = s.indexOf('-->', lt + 4);
        if (end < 0) break;
        i = end + 3;
        continue;
      }
      if (bang && s.startsWith('<![CDATA[', lt)) {
        const end = s.indexOf(']]>', lt + 9);
        if (end < 0) break;
        handler.text(s.slice(lt + 9, end));
        i = end + 3;
        continue;
      }
      const gt = tagEnd(s, lt);
      if (gt < 0) break;
      i = gt + 1;
      const second = s.charCodeAt(lt + 1);
      if (second === 0x3f || second === 0x21) continue; // <?xml …?>, <!DOCTYPE …>
      if (second === 0x2f) {
        handler.close(localName(s.slice(lt + 2, gt).trim()));
        continue;
      }
      const selfClosing = s.charCodeAt(gt - 1) === 0x2f;
      const end = selfClosing ? gt - 1 : gt;
      let space = lt + 1;
      while (space < end && s.charCodeAt(space) > 0x20) space++;
      const name = localName(s.slice(lt + 1, space));
      handler.open(name, space < end ? s.slice(space, end) : '', selfClosing);
      if (selfClosing) handler.close(name);
    }
    this.rest = s.slice(i);
  }

  /** The text left after the last tag (a document ends in a tag, so normally none). */
  end(): void {
    if (this.rest !== '' && !this.rest.includes('<')) this.handler.text(decodeEntities(this.rest));
    this.rest = '';
  }
}
