// The ids one side (the endpoint or the model) gave the secrets of a sequence. The
// two sides agree on names and version ids (the check chooses them) but each picks
// its own six-character ARN suffix: references are resolved with the side's own
// ARNs, and answers are compared with every secret ARN written as its name and the
// order in which the side first showed it ("-#1" for the first secret by that name,
// "-#2" after it was deleted and created again).
import { isRef, type Abstract, type Ref } from "./commands.ts";

export interface SideWorld {
  readonly account: string;
  readonly partition: string;
  /** Region names by index: 0 is the check's region, then the replica regions. */
  readonly regions: readonly string[];
  /** The prefix of every secret name of the sequence. */
  readonly namePrefix: string;
  /** The version carrying a label on a secret, as the model sees it. */
  readonly holderOf: (region: string, name: string, label: string) => string | undefined;
  /** The version ids of a secret in creation order, as the model sees it. */
  readonly versionsOf: (region: string, name: string) => readonly string[];
}

// arn:partition:secretsmanager:region:account:secret:name-XXXXXX, the suffix not followed by a name character.
const SECRET_ARN = /arn:([a-z-]+):secretsmanager:([a-z0-9-]+):(\d{12}):secret:([A-Za-z0-9/_+=.@!-]+?)-([A-Za-z0-9]{6})(?![A-Za-z0-9/_+=@!-])/g;

const POLICY_VERSION = "2012-10-17";
/** The token number of a version no write makes (what a label on no version resolves to). */
const UNHELD = 98;

export class SideIds {
  private readonly latest = new Map<string, string>();
  private readonly suffixes = new Map<string, string[]>();

  constructor(readonly world: SideWorld) {}

  /** Learns the secret ARNs an answer shows. */
  observe(value: unknown): void {
    forEachString(value, (text) => {
      for (const match of text.matchAll(SECRET_ARN)) {
        const [arn, , region, , name, suffix] = match as unknown as string[];
        const key = `${region}\n${name}`;
        this.latest.set(key, arn!);
        const seen = this.suffixes.get(key) ?? [];
        if (!seen.includes(suffix!)) this.suffixes.set(key, [...seen, suffix!]);
      }
    });
  }

  /** The answer with each secret ARN's suffix replaced by its incarnation number. */
  symbolize(value: unknown): unknown {
    return mapStrings(value, (text) =>
      text.replace(SECRET_ARN, (arn, partition: string, region: string, account: string, name: string, suffix: string) => {
        const index = (this.suffixes.get(`${region}\n${name}`) ?? []).indexOf(suffix);
        return index < 0 ? arn : `arn:${partition}:secretsmanager:${region}:${account}:secret:${name}-#${index + 1}`;
      }),
    );
  }

  /** A request member with its references replaced by this side's values. */
  resolve(value: Abstract, region: number): unknown {
    if (Array.isArray(value)) return value.map((item: Abstract) => this.resolve(item, region));
    if (typeof value !== "object") return value;
    if (isRef(value)) return this.resolveRef(value, region);
    return Object.fromEntries(Object.entries(value).map(([member, item]) => [member, this.resolve(item as Abstract, region)]));
  }

  regionName(index: number): string {
    return this.world.regions[index] ?? this.world.regions[0]!;
  }

  secretName(key: string): string {
    return `${this.world.namePrefix}${key}`;
  }

  private resolveRef(ref: Ref, regionIndex: number): string | number {
    const { account, partition, namePrefix } = this.world;
    const region = this.regionName(regionIndex);
    if ("$token" in ref) return versionToken(ref.$token);
    if ("$binary" in ref) return ref.$binary;
    if ("$prefix" in ref) return `${namePrefix}${ref.$prefix}`;
    if ("$region" in ref) return this.regionName(ref.$region);
    if ("$lambda" in ref) return `arn:${partition}:lambda:${region}:${account}:function:${ref.$lambda}-does-not-exist`;
    if ("$policy" in ref) return policyText(ref.$policy, partition, account);
    if ("$holder" in ref) return this.world.holderOf(region, this.secretName(ref.$of), ref.$holder) ?? versionToken(UNHELD);
    if ("$version" in ref) {
      const versions = this.world.versionsOf(region, this.secretName(ref.$of));
      return versions[ref.$version % Math.max(1, versions.length)] ?? versionToken(UNHELD);
    }
    const name = this.secretName(ref.$secret);
    const partial = `arn:${partition}:secretsmanager:${region}:${account}:secret:${name}`;
    if (ref.form === "name") return name;
    if (ref.form === "partial-arn") return partial;
    return this.arnOf(region, name) ?? `${partial}-AAAAAA`;
  }

  /** The last ARN seen for the secret in `region`, or the one in another region with the region changed (a replica's). */
  private arnOf(region: string, name: string): string | undefined {
    const here = this.latest.get(`${region}\n${name}`);
    if (here !== undefined) return here;
    for (const [key, arn] of this.latest) {
      if (key.endsWith(`\n${name}`)) return arn.split(":").map((part, i) => (i === 3 ? region : part)).join(":");
    }
    return undefined;
  }
}

/** A ClientRequestToken of UUID shape (36 characters, as SDKs send) from its number. */
export function versionToken(n: number): string {
  return `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`;
}

function policyText(kind: "account" | "public" | "malformed", partition: string, account: string): string {
  const principal = kind === "public" ? "*" : { AWS: `arn:${partition}:iam::${account}:root` };
  // AWS answers a policy with an unknown Version "This policy has invalid syntax." (MalformedPolicyDocumentException).
  const version = kind === "malformed" ? "2020-01-01" : POLICY_VERSION;
  return JSON.stringify({
    Version: version,
    Statement: [{ Effect: "Allow", Principal: principal, Action: "secretsmanager:GetSecretValue", Resource: "*" }],
  });
}

function forEachString(value: unknown, visit: (text: string) => void): void {
  if (typeof value === "string") visit(value);
  else if (Array.isArray(value)) for (const item of value) forEachString(item, visit);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      visit(key);
      forEachString(item, visit);
    }
  }
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [map(key), mapStrings(item, map)]));
  }
  return value;
}
