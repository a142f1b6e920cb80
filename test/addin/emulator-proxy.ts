/**
 * Proxy objects of the Excel emulator, covering the part of the Excel JavaScript API Custodian
 * uses. Like Office.js they only queue commands; reading a property that was not loaded and synced
 * throws PropertyNotLoaded (office-addin-mock returns a string instead). *OrNullObject results and
 * what is chained on them follow EmHost.nullObjectChaining.
 */
import { type EmContext, EmulatedOfficeError, jsonSize, notLoaded, type Action } from './emulator-context';

export const NULL = Symbol('null object');
export type Resolved<T> = T | typeof NULL;

/** OfficeExtension.ClientResult: a method's answer, readable after the sync that ran it. */
export class ClientResult<T> {
  private loaded = false;
  private result: T | undefined;
  set(value: T): void {
    this.result = value;
    this.loaded = true;
  }
  get value(): T {
    if (!this.loaded) throw notLoaded('value');
    return this.result as T;
  }
}

export function itemNotFound(what: string): EmulatedOfficeError {
  return new EmulatedOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
}

export abstract class Proxy<T> {
  private resolved: Resolved<T> | undefined;
  private nullKnown = false;
  protected loaded = new Map<string, unknown>();

  constructor(
    readonly ctx: EmContext,
    readonly path: string,
    resolver: (() => Resolved<T>) | null,
    private readonly parent?: Proxy<unknown> & { live(): unknown },
    /** How the command that creates this object is named and recorded (e.g. worksheets.add). */
    creation: Partial<Action> = {},
  ) {
    if (resolver) {
      ctx.enqueue({
        member: 'resolve',
        path,
        ...creation,
        run: () => {
          this.resolved = resolver();
          return { commit: () => (this.nullKnown = true) };
        },
      });
    }
  }

  /** The model object at this point of the batch; NULL for a null object. */
  live(): Resolved<T> {
    if (this.parent) return this.fromParent(this.parent.live());
    if (this.resolved === undefined) throw new Error(`emulator: ${this.path} used before it was created`);
    return this.resolved;
  }

  /** Navigation objects (range.format, range.dataValidation …) share their parent's target. */
  protected fromParent(parent: unknown): Resolved<T> {
    return parent as Resolved<T>;
  }

  /** The live target, or an error when it is a null object and chaining throws. */
  protected need(): T {
    const target = this.live();
    if (target === NULL) throw itemNotFound(this.path);
    return target;
  }

  get isNullObject(): boolean {
    if (!this.nullKnown) throw notLoaded('isNullObject');
    return this.resolved === NULL;
  }

  /** Resolver for a child object: null parents give null children, or fail, as configured. */
  protected child<U>(make: (target: T) => Resolved<U>): () => Resolved<U> {
    return () => {
      const target = this.live();
      if (target === NULL) {
        if (this.ctx.host.nullObjectChaining === 'throw') throw itemNotFound(this.path);
        return NULL;
      }
      return make(target);
    };
  }

  protected prop<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  protected read(_name: string, _target: T): unknown {
    throw new EmulatedOfficeError('InvalidArgument', `The property '${_name}' cannot be loaded on ${this.path}.`);
  }

  protected navigate(name: string): Proxy<unknown> {
    throw new EmulatedOfficeError('InvalidArgument', `${this.path} has no navigation property '${name}'.`);
  }

  load(spec?: string | string[]): this {
    if (spec === undefined)
      throw new Error('emulator: load() without property names loads everything; name the properties');
    const names = (Array.isArray(spec) ? spec : spec.split(',')).map((s) => s.trim()).filter(Boolean);
    const own: string[] = [];
    for (const name of names) {
      const slash = name.indexOf('/');
      if (slash >= 0) this.navigate(name.slice(0, slash)).load(name.slice(slash + 1));
      else own.push(name);
    }
    if (own.length === 0) return this;
    this.ctx.enqueue({
      member: 'load',
      path: this.path,
      run: () => {
        const target = this.live();
        const values = new Map<string, unknown>();
        for (const name of own) values.set(name, target === NULL ? undefined : this.read(name, target));
        return { bytes: jsonSize([...values.values()]), commit: () => values.forEach((v, k) => this.loaded.set(k, v)) };
      },
    });
    return this;
  }

  protected enqueue(member: string, run: (target: T) => void, extra: Partial<Action> = {}): void {
    this.ctx.enqueue({
      member,
      path: this.path,
      ...extra,
      run: () => {
        const target = this.live();
        if (target === NULL) {
          if (this.ctx.host.nullObjectChaining === 'throw') throw itemNotFound(this.path);
          return;
        }
        run(target);
      },
    });
  }
}
