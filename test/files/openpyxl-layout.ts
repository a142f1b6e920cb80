import { posix } from 'node:path';
import JSZip from 'jszip';

const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

/** openpyxl's drawing of a bar chart anchored at F2, as it writes it: in a default namespace. */
const CHART_DRAWING =
  '<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><oneCellAnchor>' +
  '<from><col>5</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><ext cx="5400000" cy="2700000"/>' +
  '<graphicFrame><nvGraphicFramePr><cNvPr id="1" name="Chart 1"/><cNvGraphicFramePr/></nvGraphicFramePr><xfrm/>' +
  '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
  '</a:graphicData></a:graphic></graphicFrame><clientData/></oneCellAnchor></wsDr>';

const CHART =
  '<chartSpace xmlns="http://schemas.openxmlformats.org/drawingml/2006/chart"><chart><plotArea><layout/>' +
  '<barChart><barDir val="col"/><grouping val="clustered"/><ser><idx val="0"/><order val="0"/>' +
  `<val><numRef><f>'客户'!$D$2:$D$3</f></numRef></val></ser><axId val="10"/><axId val="100"/></barChart>` +
  '</plotArea></chart></chartSpace>';

/**
 * An .xlsx exceljs wrote, laid out as openpyxl (pandas' `to_excel`) lays one out: relationship
 * targets under xl/ absolute (`/xl/worksheets/sheet1.xml`), notes at xl/comments/commentN.xml with
 * plain text (`<text><t>`), their VML at xl/drawings/commentsDrawingN.vml and, with `chart`, a bar
 * chart on the first sheet drawn in a default namespace.
 */
export async function asOpenpyxlWrites(xlsx: Uint8Array, options: { chart?: boolean } = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const text = (name: string) => zip.file(name)!.async('string');
  const moves = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const comments = /^xl\/comments(\d+)\.xml$/.exec(name);
    const vml = /^xl\/drawings\/vmlDrawing(\d+)\.vml$/.exec(name);
    if (comments) moves.set(name, `xl/comments/comment${comments[1]}.xml`);
    if (vml) moves.set(name, `xl/drawings/commentsDrawing${vml[1]}.vml`);
  }
  for (const [from, to] of moves) {
    let content = await text(from);
    if (from.endsWith('.xml')) content = content.replace(/<r>(?:<rPr>.*?<\/rPr>)?(<t\b[^>]*>[^<]*<\/t>)<\/r>/g, '$1');
    zip.remove(from);
    zip.file(to, content);
  }
  let types = await text('[Content_Types].xml');
  for (const [from, to] of moves) types = types.replace(`PartName="/${from}"`, `PartName="/${to}"`);
  if (options.chart) {
    const sheet = 'xl/worksheets/sheet1.xml';
    const rels = 'xl/worksheets/_rels/sheet1.xml.rels';
    const drawingRel = `<Relationship Id="rIdChart" Type="${DRAWING_REL}" Target="../drawings/drawing1.xml"/>`;
    const sheetRels =
      zip.file(rels) === null
        ? `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRel}</Relationships>`
        : (await text(rels)).replace('</Relationships>', `${drawingRel}</Relationships>`);
    zip.file(rels, sheetRels);
    const xml = await text(sheet);
    const at = xml.includes('<legacyDrawing') ? xml.indexOf('<legacyDrawing') : xml.indexOf('</worksheet>');
    zip.file(sheet, `${xml.slice(0, at)}<drawing r:id="rIdChart"/>${xml.slice(at)}`);
    zip.file('xl/drawings/drawing1.xml', CHART_DRAWING);
    zip.file(
      'xl/drawings/_rels/drawing1.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Type="${CHART_REL}" Target="../charts/chart1.xml" Id="rId1"/></Relationships>`,
    );
    zip.file('xl/charts/chart1.xml', CHART);
    types = types.replace(
      '</Types>',
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    );
  }
  zip.file('[Content_Types].xml', types);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/(.*\/)?_rels\/[^/]+\.rels$/.test(n))) {
    const folder = name.replace(/_rels\/[^/]+$/, '');
    const rels = (await text(name)).replace(/<Relationship\b[^>]*>/g, (tag) =>
      /TargetMode="External"/.test(tag)
        ? tag
        : tag.replace(/Target="([^"]*)"/, (_, target: string) => {
            const part = posix.join(folder, target);
            return `Target="/${moves.get(part) ?? part}"`;
          }),
    );
    zip.file(name, rels);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
