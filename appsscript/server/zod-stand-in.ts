/**
 * Stands in for zod in the server bundle (scripts/build-gas.mjs resolves `zod` here for Code.js).
 * Shared modules the server imports for their functions (toLocale, parseWithDates) build zod
 * schemas when they load; the server never validates with them (plans are built and checked in
 * the sidebar), and zod would add ~770 KB that Apps Script loads on every google.script.run call.
 * Building a schema gives an inert object; validating with one throws, so a future use shows up.
 * The built-in template, which the core parses when it loads, is parsed at build time instead.
 */
const VALIDATORS = new Set<PropertyKey>(['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'decode', 'encode']);

function refuse(): never {
  throw new Error(
    'zod is not bundled into the Apps Script server (see appsscript/server/zod-stand-in.ts): validate in the sidebar.',
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const inert: any = new Proxy(function schema() {}, {
  get: (_target, key) => (VALIDATORS.has(key) ? refuse : inert),
  apply: () => inert,
});

export const z = inert;
export default inert;
