// Well-formed Unicode text on the wire. AWS's JSON front ends read the body with Jackson's
// UTF-8 parser, which stops at the first ill-formed byte ("Invalid UTF-8 start byte 0x97",
// "Invalid UTF-8 middle byte 0x22": awsdocs/aws-lambda-developer-guide#382, nst/JSONTestSuite#27);
// a string value must also not hold half of a surrogate pair (docs/semantics/wire.md#front-end-errors;
// the choices: DEVIATIONS.md, "The wire adapter").
import { isUtf8 } from "node:buffer";

/** Where a byte sequence stops being UTF-8. */
export interface Utf8Fault {
  /** The first byte of the character that is ill-formed. */
  readonly start: number;
  /** The byte that makes it so (equal to `start` for a bad first byte). */
  readonly offset: number;
  /** `start`: not a first byte; `middle`: not a continuation byte; `end`: the body ends mid-character. */
  readonly kind: "start" | "middle" | "end";
}

/** The first ill-formed sequence (Unicode table 3-7, "Well-Formed UTF-8 Byte Sequences"), or undefined. */
export function firstUtf8Fault(bytes: Uint8Array): Utf8Fault | undefined {
  if (isUtf8(bytes)) return undefined;
  let at = 0;
  while (at < bytes.length) {
    const first = bytes[at]!;
    if (first < 0x80) {
      at += 1;
      continue;
    }
    const rule = SEQUENCES.find(([low, high]) => first >= low && first <= high);
    if (rule === undefined) return { start: at, offset: at, kind: "start" };
    const [, , second, length] = rule;
    for (let next = 1; next < length; next++) {
      if (at + next >= bytes.length) return { start: at, offset: at + next, kind: "end" };
      const byte = bytes[at + next]!;
      const [low, high] = next === 1 ? second : CONTINUATION;
      if (byte < low || byte > high) return { start: at, offset: at + next, kind: "middle" };
    }
    at += length;
  }
  return undefined;
}

const CONTINUATION = [0x80, 0xbf] as const;

/** First byte range, range of the second byte, length. */
const SEQUENCES: readonly (readonly [number, number, readonly [number, number], number])[] = [
  [0xc2, 0xdf, CONTINUATION, 2],
  [0xe0, 0xe0, [0xa0, 0xbf], 3],
  [0xe1, 0xec, CONTINUATION, 3],
  [0xed, 0xed, [0x80, 0x9f], 3],
  [0xee, 0xef, CONTINUATION, 3],
  [0xf0, 0xf0, [0x90, 0xbf], 4],
  [0xf1, 0xf3, CONTINUATION, 4],
  [0xf4, 0xf4, [0x80, 0x8f], 4],
];

/** Undefined for UTF-8; else the SerializationException text, after Jackson's. */
export function invalidUtf8(bytes: Uint8Array): string | undefined {
  const fault = firstUtf8Fault(bytes);
  if (fault === undefined) return undefined;
  if (fault.kind === "end") return `Invalid UTF-8: the request body ends inside a character (byte ${fault.start})`;
  const hex = bytes[fault.offset]!.toString(16).padStart(2, "0");
  return `Invalid UTF-8 ${fault.kind} byte 0x${hex} (byte ${fault.offset} of the request body)`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first half of a surrogate pair that stands alone in `text` (from a `\ud800` escape), or undefined. */
export function loneSurrogate(text: string): string | undefined {
  const match = LONE_SURROGATE.exec(text);
  return match === null ? undefined : `\\u${match[0].charCodeAt(0).toString(16)}`;
}
