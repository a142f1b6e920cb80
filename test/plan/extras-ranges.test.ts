/**
 * Cell extras as a host whose every call costs writes and reads them (shared/host/extras-ranges.ts):
 * calls that follow a block's shape, never its number of rows, and links only ever over text.
 */
import { chunkExtras, extrasRanges, keptLinks, linkRects } from '../../shared/host/extras-ranges';
import { rowsBlock } from '../../shared/host/row-inputs';
import { hostCells } from '../../shared/host/row-inputs';
import { PLAIN_CELL } from '../../shared/sheet/typed-input';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { CellExtras } from '../../shared/sheet/snapshot';

const YUAN = '¥#,##0.00';
const CN_DATE = 'yyyy"年"m"月"d"日"';
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('linkRects', () => {
  test('covers text cells only: a number or blank between links splits the column, neighbouring columns share a rectangle', () => {
    const texts = [
      ['yuntu.cn', 'mail@yuntu.cn', '张伟'],
      ['xinghe.cn', 'x@xinghe.cn', '李娜'],
      [null, null, null],
      ['acme.com', 'Mary Smith', null],
    ];
    const links = [
      ['https://yuntu.cn/', 'mailto:mail@yuntu.cn', null],
      ['https://xinghe.cn/', 'mailto:x@xinghe.cn', null],
      [null, null, null],
      ['https://acme.com/', null, null],
    ];
    expect(linkRects(5, 2, texts, links)).toEqual([
      {
        row: 5,
        col: 2,
        cells: [
          [
            { text: 'yuntu.cn', link: 'https://yuntu.cn/' },
            { text: 'mail@yuntu.cn', link: 'mailto:mail@yuntu.cn' },
          ],
          [
            { text: 'xinghe.cn', link: 'https://xinghe.cn/' },
            { text: 'x@xinghe.cn', link: 'mailto:x@xinghe.cn' },
          ],
        ],
      },
      { row: 8, col: 2, cells: [[{ text: 'acme.com', link: 'https://acme.com/' }]] },
    ]);
  });

  test('gives nothing to write where no cell has a link', () => {
    expect(linkRects(2, 1, [['张伟', 'Acme Inc.']], [[null, null]])).toEqual([]);
  });
});

describe('extrasRanges', () => {
  /** Restored rows of a Chinese list: a linked website, spend in yuan, a dated contact and a note on some. */
  function restored(count: number) {
    const rows: CellValue[][] = [];
    const extras: (CellExtras | null)[][] = [];
    for (let i = 0; i < count; i++) {
      rows.push([`云图科技${i}`, `yuntu${i}.cn`, 1200 + i, day(2024, 3, 5)]);
      extras.push([
        i % 2 === 0 ? { note: '展会后要求回电' } : null,
        { link: `https://yuntu${i}.cn/` },
        { format: YUAN },
        { format: CN_DATE },
      ]);
    }
    return rowsBlock(10, rows, undefined, extras)!;
  }

  test('sets the formats of a long run of restored rows with one range per column and format', () => {
    const block = restored(3000);
    const ranges = extrasRanges(block)!;
    // The names and websites carry no format of their own: they show the plain one, as they did.
    expect(ranges.formats).toEqual([
      ['General', ['A10:A3009', 'B10:B3009']],
      [YUAN, ['C10:C3009']],
      [CN_DATE, ['D10:D3009']],
    ]);
    expect(ranges.formatAt(500, 4)).toBe(CN_DATE);
    expect(ranges.notes).toHaveLength(3000);
    expect(ranges.notes![0]).toEqual(['展会后要求回电', '', '', '']);
    const cells = hostCells(
      block,
      () => PLAIN_CELL,
      (value) => value,
    );
    const links = ranges.links(cells);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ row: 10, col: 2 });
    expect(links[0]!.cells).toHaveLength(3000);
  });

  test('gives a filled cell of a row carrying extras the plain format, and leaves rows without extras alone', () => {
    const block = rowsBlock(
      4,
      [
        ['Acme Inc.', 300],
        ['Globex', 99.5],
      ],
      undefined,
      [[null, null], undefined],
    )!;
    const ranges = extrasRanges(block)!;
    expect(ranges.formats).toEqual([['General', ['A4:A4', 'B4:B4']]]);
    expect(ranges.formatAt(5, 2)).toBeUndefined();
    expect(ranges.notes).toBeNull();
    expect(extrasRanges(rowsBlock(4, [['Acme Inc.', 300]])!)).toBeNull();
  });
});

describe('keptLinks', () => {
  test('puts back the links of an edited block where its cells hold text after the write', () => {
    const block = {
      row: 3,
      col: 3,
      cells: [
        [{ row: 3, col: 3, before: '', after: 'www.yuntu.cn' }],
        [undefined],
        [{ row: 5, col: 3, before: 'xinghe.cn', after: 12 }],
      ],
    };
    const read = {
      values: [[''], ['acme.com'], ['xinghe.cn']],
      formulas: [[''], [''], ['']],
      links: [[null], ['https://acme.com/'], ['https://xinghe.cn/']],
    };
    expect(keptLinks(block, read, [['www.yuntu.cn'], ['acme.com'], [12]])).toEqual([
      { row: 4, col: 3, cells: [[{ text: 'acme.com', link: 'https://acme.com/' }]] },
    ]);
  });
});

describe('chunkExtras', () => {
  const grids = {
    values: [
      ['张伟', 'yuntu.cn', 1200, 45356],
      ['李娜', '', 800, 'n/a'],
      ['王芳', 'xinghe.cn', 50, 45357],
    ],
    formulas: [
      ['', '', '', ''],
      ['', '', '', ''],
      ['', '=HYPERLINK("https://xinghe.cn","xinghe.cn")', '', ''],
    ],
    formats: [
      [null, null, '#,##0', 'yyyy-mm-dd'],
      [null, null, YUAN, null],
      [null, null, '#,##0', 'yyyy-mm-dd'],
    ],
    notes: [
      ['', '', '', ''],
      ['', '新官网待确认', '', ''],
      ['', '', '', ''],
    ],
    links: [
      [null, 'https://yuntu.cn/', null, null],
      [null, null, null, null],
      [null, 'https://xinghe.cn', null, null],
    ],
  };

  test("keeps each cell's own link, note and format, and the plain format where a filled cell shows none under a formatted column", () => {
    expect(chunkExtras(2, grids, [null, null, '#,##0', 'yyyy-mm-dd'])).toEqual([
      { row: 2, col: 2, link: 'https://yuntu.cn/' },
      { row: 3, col: 2, note: '新官网待确认' },
      { row: 3, col: 3, format: YUAN },
      { row: 3, col: 4, format: 'General' },
    ]);
  });

  test('leaves the header alone: it shows no column format', () => {
    const header = {
      values: [['姓名', '官网', '累计消费金额', '最近联系日期']],
      formulas: [['', '', '', '']],
      formats: [[null, null, null, null]],
      notes: [['', '', '', '']],
      links: [[null, 'https://yuntu.cn/', null, null]],
    };
    expect(chunkExtras(1, header, [null, null, '#,##0', 'yyyy-mm-dd'])).toEqual([
      { row: 1, col: 2, link: 'https://yuntu.cn/' },
    ]);
  });
});

describe('keptLinks of an edit that moves its link', () => {
  test("writes the edit's new link (a cleaned e-mail's mailto:) and keeps the others'", () => {
    const block = {
      row: 2,
      col: 4,
      cells: [
        [
          {
            row: 2,
            col: 4,
            before: 'ZhangWei@QQ.com ',
            after: 'zhangwei@qq.com',
            linkBefore: 'mailto:ZhangWei@QQ.com',
            link: 'mailto:zhangwei@qq.com',
          },
        ],
        [undefined],
      ],
    };
    const read = {
      values: [['ZhangWei@QQ.com '], ['li.na@163.com']],
      formulas: [[''], ['']],
      links: [['mailto:ZhangWei@QQ.com'], ['https://crm.example.com/contacts/88']],
    };
    expect(keptLinks(block, read, [['zhangwei@qq.com'], ['li.na@163.com']])).toEqual([
      {
        row: 2,
        col: 4,
        cells: [
          [{ text: 'zhangwei@qq.com', link: 'mailto:zhangwei@qq.com' }],
          [{ text: 'li.na@163.com', link: 'https://crm.example.com/contacts/88' }],
        ],
      },
    ]);
  });
});
