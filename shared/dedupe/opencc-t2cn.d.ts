// opencc-js publishes its traditional-to-mainland build as a subpath export ("opencc-js/t2cn") with
// the full build's types, which "node" module resolution does not follow.
declare module 'opencc-js/t2cn' {
  export { Locale } from 'opencc-js';
}
