/** Where a scorer's rules find their fields: the indexes of the fields of some roles, in field order. */
import type { FieldModel } from './model';

export function fieldsOfRoles(fields: readonly FieldModel[], roles: string | readonly string[]): number[] {
  const wanted = typeof roles === 'string' ? [roles] : roles;
  return fields.flatMap((f, index) => (wanted.includes(f.field.role) ? [index] : []));
}
