// A plain reading of ListSecrets' filter rules (docs/semantics/listing.md#filters), without any of the
// core's precomputation: words split with the regular expression the rule is
// stated with, every value tried against every attribute of every secret.
// The property tests check that the core answers exactly what this answers.
import type { Filter, Secret } from "../../../src/index.ts";

const SEPARATORS = ["/", "-", "_", "+", "=", ".", "@"];

export function referenceSplitWords(text: string): string[] {
  if (SEPARATORS.includes(text)) return [];
  const kinds = SEPARATORS.filter((separator) => text.includes(separator));
  if (kinds.length > 1) return [text];
  const parts = kinds.length === 1 ? text.split(kinds[0]!) : [text];
  return parts.flatMap((part) =>
    part
      .split(/([^a-z][a-z]+)/)
      .map((piece) => piece.trim())
      .filter((piece) => piece.length > 0),
  );
}

const lower = (text: string) => referenceSplitWords(text).map((word) => word.toLowerCase());

/** Every word of the search starts some word of the value; a search without words matches nothing. */
function wordsMatch(search: readonly string[], value: readonly string[]): boolean {
  return search.length > 0 && search.every((word) => value.some((candidate) => candidate.startsWith(word)));
}

function valueMatches(key: string, text: string, secret: Secret): boolean {
  const tags = secret.Tags ?? [];
  const search = lower(text);
  switch (key) {
    case "name":
      return secret.Name.startsWith(text);
    case "tag-key":
      return tags.some((tag) => tag.Key.startsWith(text));
    case "tag-value":
      return tags.some((tag) => tag.Value.startsWith(text));
    case "primary-region":
      return secret.PrimaryRegion?.startsWith(text) ?? false;
    case "owning-service":
      return secret.OwningService?.startsWith(text) ?? false;
    case "description":
      return secret.Description !== undefined && wordsMatch(search, lower(secret.Description));
    case "all":
      return [secret.Name, secret.Description, ...tags.map((tag) => tag.Key), ...tags.map((tag) => tag.Value)].some(
        (attribute) => attribute !== undefined && wordsMatch(search, lower(attribute)),
      );
    default:
      throw new Error(`not a filter key: ${key}`);
  }
}

/** Filters ANDed, values ORed, "!x" keeps what "x" does not. */
export function referenceMatches(filters: readonly Filter[], secret: Secret): boolean {
  return filters.every((filter) =>
    (filter.Values ?? []).some((value) =>
      value.startsWith("!") ? !valueMatches(filter.Key!, value.slice(1), secret) : valueMatches(filter.Key!, value, secret),
    ),
  );
}
