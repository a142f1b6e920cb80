/** Rounds half away from zero to `digits` decimals, as spreadsheets' ROUND does. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}
