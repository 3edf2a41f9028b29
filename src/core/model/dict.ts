// A string-keyed record with no prototype, so that any user-chosen key
// (a secret named "__proto__", a staging label "constructor") is plain data.
export type Dict<T> = { readonly [key: string]: T };

export function emptyDict<T>(): Dict<T> {
  return Object.create(null) as Dict<T>;
}

export function dictOf<T>(entries: Iterable<readonly [string, T]>): Dict<T> {
  const dict = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) dict[key] = value;
  return dict;
}

export function getOwn<T>(dict: Dict<T>, key: string): T | undefined {
  return Object.hasOwn(dict, key) ? dict[key] : undefined;
}

export function hasOwn(dict: Dict<unknown>, key: string): boolean {
  return Object.hasOwn(dict, key);
}
