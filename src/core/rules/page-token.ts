// Opaque NextToken values. A token carries the position of the next page and a
// check over that position and the listing it belongs to, so that a token that
// was forged, altered or taken from another listing is refused.
const PREFIX = "smp1.";

function checksum(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

function toBase64Url(text: string): string {
  return btoa(text).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");
}

function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    return atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  } catch {
    return undefined;
  }
}

/** `scope` names the listing (its secret, its filters); `position` where the next page starts. */
export function encodePageToken(scope: string, position: string): string {
  return PREFIX + toBase64Url(`${position}\n${checksum(`${scope}\n${position}`)}`);
}

/** The position a token carries, or undefined when it was not issued for this scope. */
export function decodePageToken(scope: string, token: string): string | undefined {
  if (!token.startsWith(PREFIX)) return undefined;
  const text = fromBase64Url(token.slice(PREFIX.length));
  const separator = text?.lastIndexOf("\n") ?? -1;
  if (text === undefined || separator < 0) return undefined;
  const position = text.slice(0, separator);
  return text.slice(separator + 1) === checksum(`${scope}\n${position}`) ? position : undefined;
}
