// Compares the endpoint's answer to a call with the model's, on what AWS
// guarantees: the error code always; the HTTP status; the message only where the
// model is sure of AWS's text; every member and value, with version ids, labels
// and tags as sets, and order only where AWS defines one (ListSecrets' sort). What
// legitimately differs is mapped, not ignored: ARN suffixes are compared as the
// incarnation they name (side-ids.ts), dates within a tolerance, a random password
// against the request's rules. Both answers come with their secret ARNs symbolized.
import type { CallError, Outcome } from "./outcome.ts";
import { listOrderProblem } from "./list-order.ts";
import { passwordProblem } from "./password-check.ts";
import { messageKeyOf, sureMessageKey } from "./sure-messages.ts";

export interface Difference {
  /** Where, e.g. `Versions[00000000-…-000000000001].VersionStages`. */
  readonly path: string;
  readonly note: string;
  /** The same for every difference of this kind, whatever the values: what findings are grouped by. */
  readonly signature: string;
  /** False when the two sides cannot have parted (the same error with another status or text, any read). */
  readonly diverges: boolean;
}

const MINUTES_5 = 300;
const DAY = 86_400;

/** Timestamps (epoch seconds) and how far apart the sides may put them: the clocks are real. */
const DATES: Readonly<Record<string, number>> = {
  CreatedDate: MINUTES_5,
  LastChangedDate: MINUTES_5,
  DeletedDate: MINUTES_5,
  DeletionDate: MINUTES_5,
  LastRotatedDate: MINUTES_5,
  NextRotationDate: MINUTES_5,
  // A date without a time: near midnight UTC the sides may see different days.
  LastAccessedDate: DAY + MINUTES_5,
};

/** Lists whose order AWS does not define, with the member that identifies an entry. */
const KEYED_LISTS: Readonly<Record<string, string>> = {
  Versions: "VersionId",
  SecretValues: "ARN",
  Errors: "SecretId",
  ReplicationStatus: "Region",
  Tags: "Key",
  SecretList: "ARN",
};

const SETS = new Set(["VersionStages", "KmsKeyIds"]);
const STAGE_MAPS = new Set(["VersionIdsToStages", "SecretVersionsToStages"]);
/** Texts the model is not sure of: BatchGetSecretValue's per-secret error messages (AWS's are not public). */
const TEXTS_NOT_COMPARED = new Set(["Errors[].Message"]);

type Json = Readonly<Record<string, unknown>>;

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? "nothing";
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

class Comparison {
  readonly differences: Difference[] = [];

  constructor(
    private readonly operation: string,
    private readonly request: Json,
  ) {}

  /** A difference; its signature names the member, not how it differs, so that a shrunk case keeps it. */
  add(path: string, pattern: string, note: string, kind: "differs" | "order" = "differs"): void {
    this.differences.push({ path, note, signature: `${this.operation}: ${pattern} ${kind}`, diverges: true });
  }

  value(path: string, pattern: string, member: string, endpoint: unknown, model: unknown): void {
    if (member in DATES) return this.date(path, pattern, member, endpoint, model);
    if (member === "RandomPassword") return;
    if (STAGE_MAPS.has(member) && isObject(endpoint) && isObject(model)) return this.stageMap(path, pattern, endpoint, model);
    if (SETS.has(member) && Array.isArray(endpoint) && Array.isArray(model)) return this.set(path, pattern, endpoint, model);
    if (member === "ValidationErrors" && Array.isArray(endpoint) && Array.isArray(model)) {
      return this.set(path, pattern, endpoint.map(checkName), model.map(checkName));
    }
    const key = KEYED_LISTS[member];
    if (key !== undefined && Array.isArray(endpoint) && Array.isArray(model)) {
      this.keyed(path, pattern, key, endpoint, model);
      if (member === "SecretList") {
        const problem = listOrderProblem(this.request, endpoint as Json[], model as Json[]);
        if (problem) this.add(path, pattern, problem, "order");
      }
      return;
    }
    if (isObject(endpoint) && isObject(model)) return this.object(path, pattern, endpoint, model);
    if (Array.isArray(endpoint) && Array.isArray(model) && endpoint.length === model.length) {
      endpoint.forEach((item, i) => this.value(`${path}[${i}]`, `${pattern}[]`, "", item, model[i]));
      return;
    }
    if (!Object.is(endpoint, model)) this.add(path, pattern, `endpoint ${show(endpoint)}, model ${show(model)}`);
  }

  object(path: string, pattern: string, endpoint: Json, model: Json, skip: ReadonlySet<string> = new Set()): void {
    const at = (member: string) => (path === "" ? member : `${path}.${member}`);
    const patternAt = (member: string) => (pattern === "" ? member : `${pattern}.${member}`);
    for (const member of new Set([...Object.keys(model), ...Object.keys(endpoint)])) {
      if (skip.has(member) || TEXTS_NOT_COMPARED.has(patternAt(member))) continue;
      const inEndpoint = Object.hasOwn(endpoint, member);
      const inModel = Object.hasOwn(model, member);
      if (!inEndpoint) this.add(at(member), patternAt(member), `missing; the model has ${show(model[member])}`);
      else if (!inModel) this.add(at(member), patternAt(member), `unexpected ${show(endpoint[member])}; the model has none`);
      else this.value(at(member), patternAt(member), member, endpoint[member], model[member]);
    }
  }

  private date(path: string, pattern: string, member: string, endpoint: unknown, model: unknown): void {
    if (typeof endpoint !== "number" || typeof model !== "number") {
      this.add(path, pattern, `endpoint ${show(endpoint)}, model ${show(model)}`);
      return;
    }
    const apart = Math.abs(endpoint - model);
    if (apart > DATES[member]!) {
      const when = (s: number) => new Date(s * 1000).toISOString();
      this.add(path, pattern, `endpoint ${when(endpoint)}, model ${when(model)}`);
    }
  }

  private set(path: string, pattern: string, endpoint: readonly unknown[], model: readonly unknown[]): void {
    const sorted = (items: readonly unknown[]) => items.map((item) => JSON.stringify(item)).sort();
    const [e, m] = [sorted(endpoint), sorted(model)];
    if (e.join("\n") !== m.join("\n")) this.add(path, pattern, `endpoint ${show(endpoint)}, model ${show(model)} (in any order)`);
  }

  private stageMap(path: string, pattern: string, endpoint: Json, model: Json): void {
    for (const version of new Set([...Object.keys(model), ...Object.keys(endpoint)])) {
      const e = endpoint[version];
      const m = model[version];
      if (e === undefined) this.add(`${path}.${version}`, pattern, `missing version; the model has ${show(m)}`);
      else if (m === undefined) this.add(`${path}.${version}`, pattern, `unexpected version with ${show(e)}; the model has none`);
      else if (Array.isArray(e) && Array.isArray(m)) this.set(`${path}.${version}`, pattern, e, m);
      else this.value(`${path}.${version}`, pattern, "", e, m);
    }
  }

  private keyed(path: string, pattern: string, key: string, endpoint: readonly unknown[], model: readonly unknown[]): void {
    const group = (items: readonly unknown[]) => {
      const groups = new Map<string, unknown[]>();
      for (const item of items) {
        const id = isObject(item) ? String(item[key]) : JSON.stringify(item);
        groups.set(id, [...(groups.get(id) ?? []), item]);
      }
      return groups;
    };
    const [e, m] = [group(endpoint), group(model)];
    for (const id of new Set([...m.keys(), ...e.keys()])) {
      const [inEndpoint, inModel] = [e.get(id) ?? [], m.get(id) ?? []];
      const at = `${path}[${id}]`;
      if (inEndpoint.length < inModel.length) this.add(at, `${pattern}[]`, `missing entry ${show(inModel[inEndpoint.length])}`);
      else if (inModel.length < inEndpoint.length) this.add(at, `${pattern}[]`, `unexpected entry ${show(inEndpoint[inModel.length])}`);
      // Entries with the same key (a secret named twice in one BatchGetSecretValue) pair in order.
      inEndpoint.slice(0, inModel.length).forEach((item, i) => {
        const other = inModel[i];
        if (isObject(item) && isObject(other)) this.object(at, `${pattern}[]`, item, other, replicationTiming(item, other));
        else this.value(at, `${pattern}[]`, "", item, other);
      });
    }
  }
}

function checkName(entry: unknown): unknown {
  return isObject(entry) ? entry["CheckName"] : entry;
}

/** AWS replicates in the background: a replica still InProgress is one the model shows InSync. */
function replicationTiming(endpoint: Json, model: Json): ReadonlySet<string> {
  return endpoint["Status"] === "InProgress" && model["Status"] === "InSync" ? new Set(["Status", "StatusMessage"]) : new Set();
}

/**
 * Operations that change nothing (but a LastAccessedDate): a difference in their
 * answer does not part the two states, so a sequence goes on past a known one.
 */
const READS = new Set([
  "BatchGetSecretValue",
  "DescribeSecret",
  "GetRandomPassword",
  "GetResourcePolicy",
  "GetSecretValue",
  "ListSecretVersionIds",
  "ListSecrets",
  "ValidateResourcePolicy",
]);

/** Every difference between the two answers, the most telling first. */
export function compareOutcomes(operation: string, request: Json, endpoint: Outcome, model: Outcome): Difference[] {
  const differences = answerDifferences(operation, request, endpoint, model);
  return READS.has(operation) ? differences.map((difference) => ({ ...difference, diverges: false })) : differences;
}

function answerDifferences(operation: string, request: Json, endpoint: Outcome, model: Outcome): Difference[] {
  const name = (outcome: Outcome) => (outcome.ok ? "success" : outcome.error.code);
  if (endpoint.ok !== model.ok || (!endpoint.ok && !model.ok && endpoint.error.code !== model.error.code)) {
    const message = endpoint.ok ? "" : `: ${endpoint.error.message}`;
    // An error of a rule the messages table names is the same finding on every operation that applies the rule.
    const rule = model.ok ? undefined : messageKeyOf(model.error.message);
    return [
      {
        path: "",
        note: `the endpoint answered ${name(endpoint)}${message}; the model answers ${name(model)}${model.ok ? "" : `: ${model.error.message}`}`,
        signature: rule === undefined ? `${operation}: ${name(endpoint)} instead of ${name(model)}` : `${name(endpoint)} instead of ${name(model)} (${rule})`,
        diverges: true,
      },
    ];
  }
  if (!endpoint.ok && !model.ok) return errorDifferences(operation, endpoint.error, model.error);
  if (!endpoint.ok || !model.ok) return [];
  const comparison = new Comparison(operation, request);
  comparison.object("", "", endpoint.response, model.response);
  const differences = comparison.differences;
  if (operation === "GetRandomPassword") {
    const problem = passwordProblem(request, endpoint.response["RandomPassword"]);
    if (problem) differences.push({ path: "RandomPassword", note: problem, signature: `${operation}: RandomPassword breaks the request's rules`, diverges: false });
  }
  return differences;
}

function errorDifferences(operation: string, endpoint: CallError, model: CallError): Difference[] {
  const differences: Difference[] = [];
  const { code } = model;
  if (endpoint.status !== undefined && model.status !== undefined && endpoint.status !== model.status) {
    differences.push({
      path: "(HTTP status)",
      note: `endpoint ${endpoint.status}, model ${model.status}`,
      signature: `HTTP status ${endpoint.status} instead of ${model.status} for ${code}`,
      diverges: false,
    });
  }
  const sure = sureMessageKey(operation, model.message);
  if (sure !== undefined && endpoint.message !== model.message) {
    differences.push({
      path: "(message)",
      note: `endpoint ${show(endpoint.message)}, AWS's text ${show(model.message)}`,
      signature: `message of ${code} (${sure})`,
      diverges: false,
    });
  }
  return differences;
}
