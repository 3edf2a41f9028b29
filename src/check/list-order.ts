// The order of ListSecrets, where AWS defines one (AWS doc: ListSecrets SortBy,
// SortOrder; "If not specified, secrets are listed by CreatedDate", ascending). Two
// secrets whose sort values are equal may come in either order, and so may a
// secret never accessed when sorting by last-accessed-date (where AWS puts those
// is not public). The sort values are the model's, so that the endpoint's dates
// (second precision in some emulators) do not decide.

type Json = Readonly<Record<string, unknown>>;

const SORT_MEMBER: Readonly<Record<string, string>> = {
  "created-date": "CreatedDate",
  "last-accessed-date": "LastAccessedDate",
  "last-changed-date": "LastChangedDate",
  name: "Name",
};

/** What is out of order in the endpoint's list, or undefined. Entries are matched by (symbolized) ARN. */
export function listOrderProblem(request: Json, endpoint: readonly Json[], model: readonly Json[]): string | undefined {
  const sortBy = typeof request["SortBy"] === "string" ? request["SortBy"] : "created-date";
  const member = SORT_MEMBER[sortBy];
  if (member === undefined) return undefined;
  const descending = request["SortOrder"] === "desc";
  const valueOf = new Map(model.map((entry) => [entry["ARN"], entry[member]]));
  const values = endpoint.map((entry) => valueOf.get(entry["ARN"]));
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const [a, b] = [values[i], values[j]];
      if (a === undefined || b === undefined || a === b) continue;
      if (typeof a !== typeof b) continue;
      const before = (a as number | string) < (b as number | string);
      if (before === descending) {
        const names = [endpoint[i]!["Name"], endpoint[j]!["Name"]].map(String).join(" before ");
        return `${names}, but by ${sortBy} ${descending ? "descending" : "ascending"} the order is the other way`;
      }
    }
  }
  return undefined;
}
