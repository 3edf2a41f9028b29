// The members of ListSecrets and BatchGetSecretValue, with the API model's
// constraints (Filter, FilterValuesStringList, SecretIdListType).
import type { AwsError } from "../errors/codes.ts";
import { filterKeyMissing, filterValuesMissing } from "../errors/errors.ts";
import type { Filter } from "../rules/list-filters.ts";
import { lengthBetween, listMembers, oneOf, type MemberShape, type Violation } from "./constraints.ts";

/** Deviation: the order of AWS's enum message; moto's copy of it lists the first five keys so. */
const FILTER_KEYS_AS_LISTED = ["all", "name", "tag-key", "description", "tag-value", "primary-region", "owning-service"];
/** FilterValueStringType and SecretIdType of the API model. */
const FILTER_VALUE: MemberShape = { min: 0, max: 512, pattern: /^\!?[a-zA-Z0-9 :_@\/\+\=\.\-\!]*$/ };
const SECRET_ID: MemberShape = { min: 1, max: 2048 };

/** A list's length, shown as AWS shows a list: "Value '[a, b]'". */
function listLength(path: string, list: readonly string[] | readonly object[] | undefined, min: number, max: number): Violation {
  if (list === undefined) return undefined;
  const shown = list.every((member) => typeof member === "string") ? `[${list.join(", ")}]` : "[...]";
  return lengthBetween(path, shown, min, max, { measure: list.length });
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
        listMembers(`${path}.values`, filter.Values, FILTER_VALUE),
      ];
    }),
  ];
}

export function secretIdListViolations(ids: readonly string[] | undefined): Violation[] {
  return [
    listLength("secretIdList", ids, 1, 20),
    listMembers("secretIdList", ids, SECRET_ID),
  ];
}

/** Filters that pass the model's constraints but lack a Key or Values (docs/semantics/listing.md#invalid-filters). */
export function filterError(filters: readonly Filter[] | undefined): AwsError | undefined {
  for (const filter of filters ?? []) {
    if (filter.Key === undefined) return filterKeyMissing();
    if (filter.Values === undefined) return filterValuesMissing(filter.Key);
  }
  return undefined;
}
