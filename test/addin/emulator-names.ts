/**
 * Workbook.names of the Excel emulator: the workbook's defined names (a formula such as
 * `=Customers!$A$5:$C$9`, which follows moved rows: emulator-range.ts), loaded as items whose
 * formula can be set (ExcelApi 1.7).
 */
import { type EmContext, EmulatedOfficeError, jsonSize, notLoaded } from './emulator-context';
import { Proxy } from './emulator-proxy';

type EmName = { name: string; formula: string };

export class NamesProxy extends Proxy<EmName[]> {
  private list: NamedItemProxy[] | undefined;
  constructor(ctx: EmContext) {
    super(ctx, 'workbook.names', null);
  }
  override live(): EmName[] {
    return this.ctx.host.names;
  }
  get items(): NamedItemProxy[] {
    if (!this.list) throw notLoaded('items');
    return this.list;
  }
  override load(spec?: string | string[]): this {
    const props = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((s) => s.trim().replace(/^items\//, ''));
    if (props.some((p) => p !== 'name' && p !== 'formula'))
      throw new Error('emulator: names support load("items/name,items/formula") only');
    this.ctx.enqueue({
      member: 'load',
      path: this.path,
      run: () => {
        const found = [...this.ctx.host.names];
        const seen = found.map((n) => ({ name: n.name, formula: n.formula }));
        return {
          bytes: jsonSize(seen),
          commit: () =>
            (this.list = found.map(
              (n, i) => new NamedItemProxy(this.ctx, `${this.path}.items[${i}]`, n, seen[i]!.formula),
            )),
        };
      },
    });
    return this;
  }
}

/** A name as loaded: its name and formula as they were at the sync, and a formula to set. */
class NamedItemProxy {
  readonly name: string;
  constructor(
    private readonly ctx: EmContext,
    private readonly path: string,
    private readonly model: EmName,
    private readonly loadedFormula: string,
  ) {
    this.name = model.name;
  }
  get formula(): string {
    return this.loadedFormula;
  }
  set formula(value: string) {
    this.ctx.enqueue({
      member: 'formula',
      path: this.path,
      record: value,
      run: () => {
        if (!this.ctx.host.supports('1.7'))
          throw new EmulatedOfficeError('ApiNotFound', 'NamedItem.formula needs ExcelApi 1.7.');
        this.model.formula = value;
      },
    });
  }
}
