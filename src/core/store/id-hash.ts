// The hash the store files VersionIds by: FNV-1a, cut to 30 bits so that V8 keeps it
// as a small integer. Lookups compare hashes first, strings only on a match: ids are
// often alike for their first thirty characters (sequential tokens).
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}
