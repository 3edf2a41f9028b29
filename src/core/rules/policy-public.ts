// Broad access: what BlockPublicPolicy refuses and ValidateResourcePolicy
// reports. AWS checks with Zelkova; this library recognises the plain case the
// AWS doc names, "policies that use a wildcard for the principal".
// Deviation: a narrower check than AWS's (DEVIATIONS.md).
import { statementsOf, type PolicyDocument, type PolicyStatement } from "./policy-document.ts";

function includesWildcard(value: unknown): boolean {
  return value === "*" || (Array.isArray(value) && value.includes("*"));
}

/** A principal that stands for everyone: "*" or {"AWS": "*"}. */
function isEveryone(principal: unknown): boolean {
  if (principal === "*") return true;
  return typeof principal === "object" && principal !== null && includesWildcard((principal as PolicyStatement)["AWS"]);
}

/**
 * An Allow statement without a Condition that grants everyone access: a
 * wildcard Principal, or a NotPrincipal (everyone but the principals listed).
 */
export function grantsBroadAccess(statement: PolicyStatement): boolean {
  if (statement["Effect"] !== "Allow" || statement["Condition"] !== undefined) return false;
  return isEveryone(statement["Principal"]) || statement["NotPrincipal"] !== undefined;
}

/** Whether a document (already checked against the grammar) grants broad access. */
export function isPublicPolicy(document: PolicyDocument): boolean {
  return statementsOf(document).some((s) => grantsBroadAccess(s as PolicyStatement));
}
