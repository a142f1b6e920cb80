/**
 * The titles Chinese lists write after a surname (张总, 李经理, 王老师, 钱阿姨) or a whole name (李四先生,
 * 陳大文先生): the cell then names a person by surname and title, or a whole name and its title. One list
 * for matching, splitting names for a CRM and anything else that reads a name, in simplified characters.
 */
import { simplifiedHan } from '../dedupe/simplified';
import { COMPOUND_SURNAMES, SURNAMES } from './han-surnames';

/** Titles written after a surname; the cell holds no given name. */
export const HAN_SURNAME_TITLES: readonly string[] = [
  '总经理',
  '总监',
  '总',
  '经理',
  '董事长',
  '董',
  '老板',
  '主任',
  '处长',
  '科长',
  '局长',
  '院长',
  '校长',
  '教授',
  '博士',
  '老师',
  '医生',
  '大夫',
  '律师',
  '会计',
  '工',
  '师傅',
  '先生',
  '女士',
  '小姐',
  '太太',
  '夫人',
  '姐',
  '哥',
  '阿姨',
  '叔叔',
];

/** Titles that say a man (王先生) or a woman (王女士): two such of one surname are two people. */
const MALE_TITLES: ReadonlySet<string> = new Set(['先生', '哥', '叔叔']);
const FEMALE_TITLES: ReadonlySet<string> = new Set(['女士', '小姐', '太太', '夫人', '姐', '阿姨']);

/** Whether two titles (in simplified characters) say a man and a woman: 先生 and 女士, 小姐 and 哥. */
export function titlesOfTwoSexes(a: string, b: string): boolean {
  return (MALE_TITLES.has(a) && FEMALE_TITLES.has(b)) || (FEMALE_TITLES.has(a) && MALE_TITLES.has(b));
}

/** Titles after another's whole name that name someone else: 陈大文太太 is his wife. */
export const SPOUSE_TITLES: readonly string[] = ['太太', '夫人'];

/**
 * Titles long enough to end a whole name without reading as its last character (李四先生, 王建国经理):
 * one-character ones (总, 工, 姐) may be a given name's.
 */
export const HAN_NAME_TITLES: readonly string[] = HAN_SURNAME_TITLES.filter((t) => t.length >= 2);

/** A pattern of `titles`, longest first, anchored as `at` says. */
export function titlePattern(titles: readonly string[], at: 'whole' | 'end'): RegExp {
  const body = [...titles].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(at === 'whole' ? `^(?:${body})$` : `(?:${body})$`);
}

const SURNAME_TITLE = titlePattern(HAN_SURNAME_TITLES, 'whole');

/** The surname of a name that is only a surname and a title (赵总 → 赵, 欧阳老师 → 欧阳), else ''. */
export function titledSurname(name: string): string {
  const han = simplifiedHan(name.trim());
  const length = COMPOUND_SURNAMES.test(han) ? 2 : 1;
  if (han.length <= length) return '';
  const surname = han.slice(0, length);
  return (length === 2 || SURNAMES.has(surname)) && SURNAME_TITLE.test(han.slice(length)) ? surname : '';
}
