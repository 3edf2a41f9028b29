// A listing call followed through all its pages, each side with its own
// NextToken (the tokens are opaque and differ by nature); the pages' lists are
// joined. AWS may answer fewer entries than MaxResults on any page (AWS doc:
// ListSecrets), so only the joined list is compared.
import { NO_AWS_ANSWER, type Outcome } from "./outcome.ts";

const LIST_MEMBERS = ["SecretList", "Versions", "SecretValues", "Errors"];
const MOST_PAGES = 200;

export async function pagedCall(
  request: Readonly<Record<string, unknown>>,
  send: (request: Readonly<Record<string, unknown>>) => Promise<Outcome>,
): Promise<Outcome> {
  const first = await send(request);
  let token = nextToken(first);
  if (!first.ok || token === undefined) return first;
  const joined: Record<string, unknown> = { ...first.response };
  for (let page = 1; token !== undefined; page++) {
    if (page === MOST_PAGES) return { ok: false, error: { code: NO_AWS_ANSWER, message: `still a NextToken after ${MOST_PAGES} pages` } };
    const outcome = await send({ ...request, NextToken: token });
    if (!outcome.ok) return outcome;
    for (const member of LIST_MEMBERS) {
      const more = outcome.response[member];
      if (Array.isArray(more)) joined[member] = [...((joined[member] as unknown[] | undefined) ?? []), ...more];
    }
    token = nextToken(outcome);
  }
  delete joined["NextToken"];
  return { ok: true, response: joined };
}

/** The NextToken to follow; an empty one is left in the answer, to be compared. */
function nextToken(outcome: Outcome): string | undefined {
  if (!outcome.ok) return undefined;
  const token = outcome.response["NextToken"];
  return typeof token === "string" && token !== "" ? token : undefined;
}
