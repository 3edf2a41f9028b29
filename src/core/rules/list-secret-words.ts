// The lower-cased words of the attributes that ListSecrets' word filters
// search, found once per stored secret and kept outside the state: a WeakMap
// memo of a pure function, as the sorted index is (list-index.ts). A write
// replaces only the secrets it changes (immer shares the others), so only
// their words are found again. The words of a secret are kept in one string,
// so that reading them touches few objects (a scan reads every secret).
import type { Secret } from "../model/secret.ts";
import { findWords, wordBounds } from "./list-words.ts";

export interface SecretWords {
  /** Every word, lower-cased, one after the other. */
  readonly text: string;
  /**
   * Where each word ends in `text`, attribute after attribute: the
   * description (no words when it has none), the name, each tag key, each
   * tag value.
   */
  readonly ends: readonly number[];
  /** Where each attribute's words end in `ends`. */
  readonly attributes: readonly number[];
}

const cache = new WeakMap<Secret, SecretWords>();
const bounds = wordBounds();

export function secretWords(secret: Secret): SecretWords {
  let found = cache.get(secret);
  if (found !== undefined) return found;
  const words: string[] = [];
  const ends: number[] = [];
  const attributes: number[] = [];
  let length = 0;
  const add = (text: string | undefined) => {
    if (text !== undefined) {
      const { starts, ends: wordEnds, count } = findWords(text, bounds);
      for (let w = 0; w < count; w++) {
        // Each word lower-cased alone: Unicode's lower case of a letter can depend on its neighbours.
        const word = text.slice(starts[w], wordEnds[w]).toLowerCase();
        words.push(word);
        ends.push((length += word.length));
      }
    }
    attributes.push(ends.length);
  };
  add(secret.Description);
  add(secret.Name);
  for (const tag of secret.Tags ?? []) add(tag.Key);
  for (const tag of secret.Tags ?? []) add(tag.Value);
  found = { text: words.join(""), ends, attributes };
  cache.set(secret, found);
  return found;
}
