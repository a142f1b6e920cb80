/**
 * The Chinese words for each comparison level, shared by the sidebar's catalogue and the merge log's
 * 原因 column (written by any host, the CLI included), so both say a match the same way.
 */
import { HAN_REGIONS, LATIN_REGIONS } from './compare/company-words';
import type { MatchLevel } from './levels';

export const ZH_LEVEL_WORDS: Readonly<Record<MatchLevel, string>> = {
  exact: '相同',
  reordered: '词相同、顺序不同',
  pinyin: '拼音相同',
  homophone: '同音字',
  'look-alike': '形近字',
  'similar-sound': '读音相近',
  typo: '有一处笔误',
  similar: '相似',
  initial: '首字母相同',
  nickname: '英文名与其昵称',
  swapped: '顺序颠倒',
  // As the company comparator reads them: without legal form and region (南京, （北京）, China).
  'suffix-removed': '去掉公司后缀和地名后相同',
  'same-mailbox': '同一邮箱',
  'same-user-name': '用户名相同',
  'same-brand': '品牌名相同',
  'same-surname': '同姓（一方为称呼）',
  'name-with-note': '同名（一方另附称呼或备注）',
  'name-within': '一方姓名包含另一方，多一个词',
  household: '一户两人，其一同名',
  'later-word': '一方姓名只是另一方的后一个词，可能是另一个名字',
  'other-line': '两条不同线路，号码相差一位',
  'with-extension': '同一号码，一方带分机号',
  // Two numbers in a run may be two lines bought together: no claim of a typo.
  'digit-apart': '相差一位数字',
  // A starred-out value agrees only on what it shows, which many people share.
  'same-visible-digits': '可见的数字相同',
  'same-visible-characters': '可见的字符相同',
  // One ID on two clearly different names: typed into the wrong row, or someone else's.
  'same-id-other-name': '相同，但姓名不同：证件号可能录错，或是别人的',
  'more-detail': '一方更详细，另一方是其中一部分',
  'place-words-left-out': '一方省略了省、市、区等字',
  'other-unit': '同一门牌，房号或单元不同',
  'other-script': '一方为英文、一方为中文，未比较',
  'other-family-name': '名相同，姓不同（或为婚后改姓）',
  'one-side-only': '仅一行填写',
  'one-line-two-mailboxes': '同一号码下两个不同邮箱，可能是一家人或一个门店共用，待复核',
  'numbers-in-a-run': '号码只差一位、此外只有姓名相同，可能是同一批连号，待复核',
  'namesakes-at-one-company': '姓名、公司相同，号码只差一位，可能是同一公司的两位同名同事，待复核',
  'name-only': '只有姓名相同，待复核',
  'held-apart': '此项不同，可能是两个人，待复核',
  different: '不同',
  'other-record': '记录编号不同',
};

/**
 * A level's words for the values a reason quotes (`a = b; c = d`, as dedupe's explanation writes
 * them): two company names equal once the region is set aside that name other places (南京鼎盛贸易
 * and 合肥鼎盛贸易 may be two branches, or two companies) say which places differ.
 */
export function zhLevelWords(level: MatchLevel, detail: string | null): string {
  const words = ZH_LEVEL_WORDS[level];
  if (level !== 'suffix-removed' || !detail) return words;
  const places: string[] = [];
  for (const group of detail.split('; '))
    for (const name of group.split(' = ')) {
      const place = placeOf(name);
      if (place && !places.some((p) => p.toLowerCase() === place.toLowerCase())) places.push(place);
    }
  return places.length > 1 ? `${words}，地名不同：${places.join(' ≠ ')}` : words;
}

const BRACKETED = /[(（]([^)）]*)[)）]/g;

/** The region a company name names, as typed: before the name (南京, 江苏省), in brackets (（北京）), or a Latin name's region words. */
function placeOf(name: string): string | null {
  const text = name.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const han = text.replace(/\s+/g, '');
  // HAN_REGIONS is longest first: 石家庄 before 石.
  const lead = HAN_REGIONS.find((region) => han.startsWith(region) && han.length > region.length + 1);
  if (lead) return lead;
  for (const [, inner] of text.matchAll(BRACKETED)) {
    const bare = inner!.trim().replace(/[省市]$/, '');
    if (HAN_REGIONS.includes(bare) || LATIN_REGIONS.has(bare.toLowerCase())) return bare;
  }
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (tokens.length < 2) return null;
  // Acme Shanghai Ltd, Acme (Hong Kong) Limited: the region's words, wherever the comparator set them aside.
  const region = tokens.filter((t) => LATIN_REGIONS.has(t.toLowerCase()));
  return region.length > 0 && region.length < tokens.length ? region.join(' ') : null;
}
