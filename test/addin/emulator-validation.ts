/** Data validation and conditional formats of the Excel emulator. */
import { type EmContext, EmulatedOfficeError, jsonSize, notLoaded, type Action } from './emulator-context';
import {
  type EmSheet,
  formatAddress,
  intersect,
  parseAddress,
  type EmConditionalFormat,
  type EmValidation,
  type Rect,
} from './emulator-model';
import { NULL, Proxy, type Resolved } from './emulator-proxy';
import { dateToSerial } from '../../shared/sheet/excel-dates';
import type { RangeProxy, RangeTarget } from './emulator-range';

function validationFor(sheet: EmSheet, rect: Rect): EmValidation {
  const key = formatAddress(rect);
  let entry = sheet.validations.find((v) => formatAddress(v.rect) === key);
  if (!entry) sheet.validations.push((entry = { rect, rule: null, ignoreBlanks: true }));
  return entry;
}

const TYPES: Record<string, string> = {
  list: 'List',
  custom: 'Custom',
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
};

/** A bound as Excel gives it back: always a formula ("=10", a date as "=43831"). */
function boundFormula(value: unknown): unknown {
  if (typeof value === 'number') return `=${value}`;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return `=${dateToSerial(new Date(`${value}T00:00:00Z`))}`;
  return value;
}

/** What Excel reports of a range's rule: None, the one rule over all of it, or Inconsistent. */
function readValidation(name: string, { sheet, rect }: RangeTarget): unknown {
  const found = sheet.validations.filter((v) => v.rule && intersect(v.rect, rect));
  const one =
    found.length === 1 && formatAddress(intersect(found[0]!.rect, rect)!) === formatAddress(rect) ? found[0]! : null;
  const key = one ? Object.keys(one.rule!)[0]! : '';
  const member = one ? (one.rule![key] as Record<string, unknown>) : {};
  switch (name) {
    case 'type':
      return found.length === 0 ? 'None' : one ? TYPES[key] : 'Inconsistent';
    case 'rule':
      if (!one) return {};
      return 'formula1' in member
        ? {
            [key]: {
              ...member,
              formula1: boundFormula(member.formula1),
              ...('formula2' in member ? { formula2: boundFormula(member.formula2) } : {}),
            },
          }
        : { [key]: member };
    case 'ignoreBlanks':
      return one?.ignoreBlanks ?? true;
    case 'errorAlert':
      return one?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' };
    case 'prompt':
      return one?.prompt ?? { showPrompt: false, title: '', message: '' };
    default:
      throw new EmulatedOfficeError('InvalidArgument', `The property '${name}' cannot be loaded on dataValidation.`);
  }
}

export class DataValidationProxy extends Proxy<RangeTarget> {
  constructor(
    ctx: EmContext,
    path: string,
    private readonly range: RangeProxy,
  ) {
    super(ctx, path, null, range);
  }
  protected override read(name: string, target: RangeTarget): unknown {
    return readValidation(name, target);
  }
  get type(): string {
    return this.prop('type');
  }
  get rule(): Record<string, unknown> {
    return this.prop('rule');
  }
  get ignoreBlanks(): boolean {
    return this.prop('ignoreBlanks');
  }
  get errorAlert(): NonNullable<EmValidation['errorAlert']> {
    return this.prop('errorAlert');
  }
  get prompt(): NonNullable<EmValidation['prompt']> {
    return this.prop('prompt');
  }
  private set(member: string, apply: (entry: EmValidation, sheet: EmSheet) => void, record: unknown): void {
    this.enqueue(`dataValidation.${member}`, ({ sheet, rect }) => apply(validationFor(sheet, rect), sheet), {
      ...this.range.info(),
      record,
      bytes: jsonSize(record),
    });
  }
  clear(): void {
    this.enqueue(
      'dataValidation.clear',
      ({ sheet, rect }) => {
        sheet.validations = sheet.validations.filter((v) => !intersect(v.rect, rect));
      },
      { ...this.range.info(), record: true },
    );
  }
  set rule(rule: Record<string, unknown>) {
    this.set(
      'rule',
      (entry, sheet) => {
        const list = rule.list as { source?: unknown } | undefined;
        if (list) {
          const source = String(list.source ?? '');
          if (source.startsWith('=')) {
            const ref = source.slice(1);
            const name = ref.includes('!')
              ? ref.slice(0, ref.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'")
              : sheet.name;
            if (!this.ctx.host.sheets.some((s) => s.name === name))
              throw new EmulatedOfficeError(
                'InvalidArgument',
                `The list source refers to a sheet that does not exist: ${name}`,
              );
            parseAddress(ref);
          } else if (source.length > 255) {
            throw new EmulatedOfficeError(
              'InvalidArgument',
              'The list source of a data validation cannot be longer than 255 characters.',
            );
          }
        }
        const custom = rule.custom as { formula?: unknown } | undefined;
        if (
          custom &&
          (typeof custom.formula !== 'string' || !custom.formula.startsWith('=') || custom.formula.length > 256)
        ) {
          throw new EmulatedOfficeError(
            'InvalidArgument',
            'A custom validation formula starts with "=" and is at most 255 characters.',
          );
        }
        for (const kind of ['wholeNumber', 'decimal', 'date']) {
          const bound = rule[kind] as { formula1?: unknown; operator?: unknown } | undefined;
          if (bound && (bound.formula1 === undefined || typeof bound.operator !== 'string'))
            throw new EmulatedOfficeError('InvalidArgument', `A ${kind} validation needs formula1 and an operator.`);
        }
        entry.rule = rule;
      },
      rule,
    );
  }
  set ignoreBlanks(value: boolean) {
    this.set('ignoreBlanks', (entry) => (entry.ignoreBlanks = value), value);
  }
  set errorAlert(value: NonNullable<EmValidation['errorAlert']>) {
    this.set(
      'errorAlert',
      (entry) => {
        if (value.title.length > 32 || value.message.length > 255)
          throw new EmulatedOfficeError('InvalidArgument', 'The error alert title or message is too long.');
        entry.errorAlert = value;
      },
      value,
    );
  }
  set prompt(value: NonNullable<EmValidation['prompt']>) {
    this.set(
      'prompt',
      (entry) => {
        if (value.title.length > 32 || value.message.length > 255)
          throw new EmulatedOfficeError('InvalidArgument', 'The prompt title or message is too long.');
        entry.prompt = value;
      },
      value,
    );
  }
}

export interface FormatTarget {
  sheet: EmSheet;
  format: EmConditionalFormat;
}

export class ConditionalFormatsProxy extends Proxy<RangeTarget> {
  private list: ConditionalFormatProxy[] | undefined;
  constructor(
    ctx: EmContext,
    path: string,
    private readonly range: RangeProxy,
    private readonly areas?: Rect[],
  ) {
    super(ctx, path, null, range);
  }
  get items(): ConditionalFormatProxy[] {
    if (!this.list) throw notLoaded('items');
    return this.list;
  }
  add(type: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(
      this.ctx,
      `${this.path}.add(${JSON.stringify(type)})`,
      this.child(({ sheet, rect }) => {
        const areas = this.areas ? { areas: this.areas } : {};
        const format: EmConditionalFormat = { id: this.ctx.host.nextId(), type, rect, ...areas };
        sheet.conditionalFormats.push(format);
        return { sheet, format };
      }),
      { member: 'conditionalFormats.add', record: type, ...this.range.info() },
    );
  }
  override load(spec?: string | string[]): this {
    const names = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((s) => s.trim());
    const props = names.filter((n) => n.startsWith('items/')).map((n) => n.slice('items/'.length));
    if (props.length !== names.length) throw new Error('emulator: conditionalFormats supports load("items/…") only');
    this.ctx.enqueue({
      member: 'load',
      path: this.path,
      run: () => {
        const t = this.live();
        const found = t === NULL ? [] : t.sheet.conditionalFormats.filter((f) => intersect(f.rect, t.rect));
        const sheet = t === NULL ? null : t.sheet;
        return {
          bytes: jsonSize(found.map((f) => props.map((p) => (f as unknown as Record<string, unknown>)[p]))),
          commit: () => {
            this.list = found.map((format, i) =>
              ConditionalFormatProxy.existing(this.ctx, `${this.path}.items[${i}]`, { sheet: sheet!, format }, props),
            );
          },
        };
      },
    });
    return this;
  }
}

class ConditionalFormatProxy extends Proxy<FormatTarget> {
  private known: FormatTarget | undefined;
  constructor(
    ctx: EmContext,
    path: string,
    resolver: (() => Resolved<FormatTarget>) | null,
    creation: Partial<Action> = {},
  ) {
    super(ctx, path, resolver, undefined, creation);
  }
  static existing(ctx: EmContext, path: string, target: FormatTarget, loaded: string[]): ConditionalFormatProxy {
    const proxy = new ConditionalFormatProxy(ctx, path, null);
    proxy.known = target;
    for (const name of loaded) proxy.loaded.set(name, proxy.read(name, target));
    return proxy;
  }
  override live(): Resolved<FormatTarget> {
    return this.known ?? super.live();
  }
  get type(): string {
    return this.prop('type');
  }
  protected override read(name: string, target: FormatTarget): unknown {
    if (name === 'type') return target.format.type;
    return super.read(name, target);
  }
  delete(): void {
    this.enqueue(
      'conditionalFormats.delete',
      ({ sheet, format }) => {
        sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f.id !== format.id);
      },
      { record: true, sheet: () => this.known?.sheet.name },
    );
  }
  readonly custom = ((self) => ({
    rule: new CustomRuleProxy(self.ctx, `${self.path}.custom.rule`, self),
    format: {
      fill: {
        set color(value: string) {
          self.enqueue('custom.format.fill.color', ({ format }) => (format.fill = value), { record: value });
        },
      },
      font: {
        set color(value: string) {
          self.enqueue('custom.format.font.color', ({ format }) => (format.fontColor = value), { record: value });
        },
      },
    },
  }))(this);
}

class CustomRuleProxy extends Proxy<FormatTarget> {
  constructor(ctx: EmContext, path: string, parent: ConditionalFormatProxy) {
    super(ctx, path, null, parent);
  }
  get formula(): string {
    return this.prop('formula');
  }
  set formula(value: string) {
    this.enqueue(
      'custom.rule.formula',
      ({ format }) => {
        if (format.type !== 'Custom')
          throw new EmulatedOfficeError('InvalidOperation', 'This conditional format is not a custom one.');
        format.formula = value;
      },
      { record: value },
    );
  }
  protected override read(name: string, target: FormatTarget): unknown {
    if (name === 'formula') return target.format.formula ?? '';
    return super.read(name, target);
  }
}
