// The grammar of a resource-based policy, as the IAM JSON policy reference
// gives it, kept to what a secret's policy needs.
// AWS doc: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
// A document that breaks it is answered "This policy has invalid syntax."
// (MalformedPolicyDocumentException); the problem texts below are the library's own.

export type PolicyDocument = { readonly [element: string]: unknown };
export type PolicyStatement = { readonly [element: string]: unknown };

/** AWS doc: the only two policy language versions. */
export const POLICY_VERSIONS = ["2012-10-17", "2008-10-17"] as const;
const TOP_ELEMENTS = ["Version", "Id", "Statement"];
const STATEMENT_ELEMENTS = [
  "Sid",
  "Effect",
  "Principal",
  "NotPrincipal",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Condition",
];
const PRINCIPAL_TYPES = ["AWS", "Service", "Federated", "CanonicalUser"];

function isObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string, or a non-empty list of strings (AWS doc: `<action_string>` or `[<action_string>, …]`). */
function isStringOrList(value: unknown): boolean {
  return typeof value === "string" || (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string"));
}

/** The document if the text is a JSON object, else undefined. */
export function parsePolicy(text: string): PolicyDocument | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isObject(parsed) ? parsed : undefined;
}

/** The statements of a document, one or a list (AWS doc: `"Statement": [ <statement>, … ]` or one statement). */
export function statementsOf(document: PolicyDocument): readonly unknown[] {
  const statement = document["Statement"];
  return Array.isArray(statement) ? statement : [statement];
}

/** Whether an element is given (an element set to undefined in memory counts as absent, as in JSON). */
function has(object: { readonly [key: string]: unknown }, element: string): boolean {
  return Object.hasOwn(object, element) && object[element] !== undefined;
}

function exactlyOne(statement: PolicyStatement, a: string, b: string, index: number): string[] {
  const count = (has(statement, a) ? 1 : 0) + (has(statement, b) ? 1 : 0);
  return count === 1 ? [] : [`Statement ${index} must contain exactly one of ${a} or ${b}.`];
}

function principalProblems(principal: unknown, element: string, index: number): string[] {
  if (principal === "*") return [];
  const bad = [`Statement ${index} has an invalid ${element}.`];
  if (!isObject(principal) || Object.keys(principal).length === 0) return bad;
  for (const [type, value] of Object.entries(principal)) {
    if (!PRINCIPAL_TYPES.includes(type) || !isStringOrList(value)) return bad;
  }
  return [];
}

function statementProblems(statement: unknown, index: number): string[] {
  if (!isObject(statement)) return [`Statement ${index} is not a JSON object.`];
  const problems: string[] = [];
  for (const element of Object.keys(statement)) {
    if (!STATEMENT_ELEMENTS.includes(element)) problems.push(`Statement ${index} has an unknown element ${element}.`);
  }
  if (has(statement, "Sid") && typeof statement["Sid"] !== "string") {
    problems.push(`Statement ${index} has an invalid Sid.`);
  }
  const effect = statement["Effect"];
  if (effect !== "Allow" && effect !== "Deny") problems.push(`Statement ${index} must have Effect Allow or Deny.`);
  problems.push(...exactlyOne(statement, "Action", "NotAction", index));
  for (const element of ["Action", "NotAction", "Resource", "NotResource"]) {
    if (has(statement, element) && !isStringOrList(statement[element])) {
      problems.push(`Statement ${index} has an invalid ${element}.`);
    }
  }
  // A resource-based policy names who it applies to (AWS doc: Principal).
  problems.push(...exactlyOne(statement, "Principal", "NotPrincipal", index));
  for (const element of ["Principal", "NotPrincipal"]) {
    if (has(statement, element)) problems.push(...principalProblems(statement[element], element, index));
  }
  if (has(statement, "Resource") && has(statement, "NotResource")) {
    problems.push(`Statement ${index} can't contain both Resource and NotResource.`);
  }
  const condition = statement["Condition"];
  if (condition !== undefined && (!isObject(condition) || !Object.values(condition).every(isObject))) {
    problems.push(`Statement ${index} has an invalid Condition.`);
  }
  return problems;
}

/** Every way a document breaks the policy grammar; empty when it keeps it. */
export function policySyntaxProblems(document: PolicyDocument): string[] {
  const problems: string[] = [];
  for (const element of Object.keys(document)) {
    if (!TOP_ELEMENTS.includes(element)) problems.push(`The policy has an unknown element ${element}.`);
  }
  const version = document["Version"];
  if (version !== undefined && !POLICY_VERSIONS.includes(version as (typeof POLICY_VERSIONS)[number])) {
    problems.push(`The policy Version must be ${POLICY_VERSIONS.join(" or ")}.`);
  }
  if (has(document, "Id") && typeof document["Id"] !== "string") problems.push("The policy has an invalid Id.");
  const statement = document["Statement"];
  if (statement === undefined || (Array.isArray(statement) && statement.length === 0)) {
    problems.push("The policy must contain at least one Statement.");
    return problems;
  }
  statementsOf(document).forEach((s, i) => problems.push(...statementProblems(s, i + 1)));
  return problems;
}
