// Turns the fixtures' placeholders into values: names and tokens the replayer
// picks, ARN suffixes bound from the library's answers.

const PLACEHOLDER = /<(name|version|suffix):(\d+)>|<(partition|region|account)>/g;

export interface World {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
}

/** A secret name for `<name:i>`: ends in no "-" + six characters, so partial ARNs of it resolve. */
export const pickedName = (i: number): string => `parity-secret-${i}`;

/** A ClientRequestToken for `<version:i>`, UUID-shaped as SDKs send it. */
export const pickedToken = (i: number): string => `a7e5c0de-0000-4000-8000-${String(i).padStart(12, "0")}`;

export class Resolver {
  /** Suffix placeholder index → the six characters the library chose. */
  suffixes = new Map<number, string>();

  constructor(private readonly world: World) {}

  /** A placeholder's value, or undefined for a suffix not seen yet. */
  private valueOf(kind: string | undefined, index: string | undefined, worldKey: string | undefined): string | undefined {
    if (worldKey !== undefined) return this.world[worldKey as keyof World];
    const i = Number(index);
    if (kind === "name") return pickedName(i);
    if (kind === "version") return pickedToken(i);
    return this.suffixes.get(i);
  }

  /** A request with every placeholder replaced; a suffix must already be bound. */
  resolve(value: unknown): unknown {
    if (typeof value === "string") {
      return value.replace(PLACEHOLDER, (whole, kind, index, worldKey) => {
        const resolved = this.valueOf(kind, index, worldKey);
        if (resolved === undefined) throw new Error(`${whole} is used before any answer showed it`);
        return resolved;
      });
    }
    if (Array.isArray(value)) return value.map((item) => this.resolve(item));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.resolve(k) as string, this.resolve(v)]));
    }
    return value;
  }

  /**
   * Whether `actual` is `expected` with its placeholders filled in; binds the
   * suffixes it sees into `bound` (a scratch copy of `suffixes`).
   */
  matchText(expected: string, actual: string, bound: Map<number, string>): boolean {
    const groups: number[] = [];
    let source = "^";
    let last = 0;
    for (const m of expected.matchAll(PLACEHOLDER)) {
      source += escape(expected.slice(last, m.index));
      last = m.index + m[0].length;
      const [, kind, index, worldKey] = m;
      const i = Number(index);
      const known = kind === "suffix" ? bound.get(i) : this.valueOf(kind, index, worldKey);
      if (known !== undefined) source += escape(known);
      else if (groups.includes(i)) source += `\\k<s${i}>`;
      else {
        groups.push(i);
        source += `(?<s${i}>[A-Za-z0-9]{6})`;
      }
    }
    source += `${escape(expected.slice(last))}$`;
    const found = new RegExp(source).exec(actual);
    if (!found) return false;
    for (const i of groups) {
      const seen = found.groups![`s${i}`]!;
      // The recording gives different random values different placeholders.
      for (const [j, other] of bound) if (j !== i && other === seen) return false;
      bound.set(i, seen);
    }
    return true;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
