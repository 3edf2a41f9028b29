// The members of ListSecrets and BatchGetSecretValue, with the API model's
// constraints (Filter, FilterValuesStringList, SecretIdListType).
import type { AwsError } from "../errors/codes.ts";
import { filterKeyMissing, filterValuesMissing } from "../errors/errors.ts";
import type { Filter } from "../rules/list-filters.ts";
import { lengthBetween, oneOf, type Violation } from "./constraints.ts";

/** Deviation: the order of AWS's enum message; moto's copy of it lists the first five keys so. */
const FILTER_KEYS_AS_LISTED = ["all", "name", "tag-key", "description", "tag-value", "primary-region", "owning-service"];
const FILTER_VALUE = /^\!?[a-zA-Z0-9 :_@\/\+\=\.\-\!]*$/;

/** A check on each member of a list: the constraint it breaks, or nothing. */
type MemberCheck = (member: string) => string | undefined;

const maxLength = (max: number): MemberCheck => (member) =>
  member.length > max ? `Member must have length less than or equal to ${max}` : undefined;
const minLength = (min: number): MemberCheck => (member) =>
  member.length < min ? `Member must have length greater than or equal to ${min}` : undefined;
const pattern = (regex: RegExp): MemberCheck => (member) =>
  regex.test(member) ? undefined : `Member must satisfy regular expression pattern: ${regex.source}`;

/** A list's length, shown as AWS shows a list: "Value '[a, b]'". */
function listLength(path: string, list: readonly string[] | readonly object[] | undefined, min: number, max: number): Violation {
  if (list === undefined) return undefined;
  const shown = list.every((member) => typeof member === "string") ? `[${list.join(", ")}]` : "[...]";
  return lengthBetween(path, shown, min, max, { measure: list.length });
}

/** AWS's form for members of a list: one violation naming the list and every broken constraint. */
export function memberViolations(path: string, members: readonly string[] | undefined, checks: readonly MemberCheck[]): Violation {
  if (members === undefined) return undefined;
  const broken = new Set<string>();
  for (const member of members) {
    for (const check of checks) {
      const constraint = check(member);
      if (constraint !== undefined) broken.add(constraint);
    }
  }
  if (broken.size === 0) return undefined;
  return `Value '[${members.join(", ")}]' at '${path}' failed to satisfy constraint: Member must satisfy constraint: [${[...broken].join(", ")}]`;
}

export function filterViolations(filters: readonly Filter[] | undefined): Violation[] {
  if (filters === undefined) return [];
  return [
    listLength("filters", filters, 0, 10),
    ...filters.flatMap((filter, i) => {
      const path = `filters.${i + 1}.member`;
      return [
        oneOf(`${path}.key`, filter.Key, FILTER_KEYS_AS_LISTED),
        listLength(`${path}.values`, filter.Values, 1, 10),
        memberViolations(`${path}.values`, filter.Values, [maxLength(512), pattern(FILTER_VALUE)]),
      ];
    }),
  ];
}

export function secretIdListViolations(ids: readonly string[] | undefined): Violation[] {
  return [
    listLength("secretIdList", ids, 1, 20),
    memberViolations("secretIdList", ids, [maxLength(2048), minLength(1)]),
  ];
}

/** Filters that pass the model's constraints but lack a Key or Values (spec 7: InvalidParameterException). */
export function filterError(filters: readonly Filter[] | undefined): AwsError | undefined {
  for (const filter of filters ?? []) {
    if (filter.Key === undefined) return filterKeyMissing();
    if (filter.Values === undefined) return filterValuesMissing(filter.Key);
  }
  return undefined;
}
