// The API model's member constraints, checked the way AWS's front end checks
// them: every violation is listed in one ValidationException (docs/semantics/wire.md#validation-messages).
import type { AwsError } from "../errors/codes.ts";
import { validation } from "../errors/errors.ts";

export type Violation = string | undefined;

// AWS prints a list member as "[a, b]".
const text = (value: unknown): string => (Array.isArray(value) ? `[${value.join(", ")}]` : String(value));
const shown = (value: unknown, sensitive: boolean) => (sensitive ? "Value" : `Value '${text(value)}'`);

const lengthAtMost = (max: number) => `Member must have length less than or equal to ${max}`;
const lengthAtLeast = (min: number) => `Member must have length greater than or equal to ${min}`;
const patternOf = (pattern: RegExp) => `Member must satisfy regular expression pattern: ${pattern.source}`;

export function required(path: string, value: unknown): Violation {
  return value === undefined || value === null
    ? `Value null at '${path}' failed to satisfy constraint: Member must not be null`
    : undefined;
}

export function lengthBetween(
  path: string,
  value: string | readonly unknown[] | undefined,
  min: number,
  max: number | undefined,
  options: { sensitive?: boolean; measure?: number } = {},
): Violation {
  if (value === undefined) return undefined;
  const length = options.measure ?? value.length;
  const sensitive = options.sensitive ?? false;
  if (length < min) return `${shown(value, sensitive)} at '${path}' failed to satisfy constraint: ${lengthAtLeast(min)}`;
  if (max !== undefined && length > max) {
    return `${shown(value, sensitive)} at '${path}' failed to satisfy constraint: ${lengthAtMost(max)}`;
  }
  return undefined;
}

export function rangeBetween(path: string, value: number | undefined, min: number, max: number): Violation {
  if (value === undefined) return undefined;
  if (value < min) {
    return `Value '${value}' at '${path}' failed to satisfy constraint: Member must have value greater than or equal to ${min}`;
  }
  if (value > max) {
    return `Value '${value}' at '${path}' failed to satisfy constraint: Member must have value less than or equal to ${max}`;
  }
  return undefined;
}

export function matches(path: string, value: string | undefined, pattern: RegExp, sensitive = false): Violation {
  if (value === undefined || pattern.test(value)) return undefined;
  return `${shown(value, sensitive)} at '${path}' failed to satisfy constraint: ${patternOf(pattern)}`;
}

export function oneOf(path: string, value: string | undefined, allowed: readonly string[]): Violation {
  if (value === undefined || allowed.includes(value)) return undefined;
  return `Value '${value}' at '${path}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(", ")}]`;
}

/** The API model's constraints on the members of a list of strings. */
export interface MemberShape {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
}

const breaks = (shape: MemberShape, member: string): boolean =>
  (shape.max !== undefined && member.length > shape.max) ||
  (shape.min !== undefined && member.length < shape.min) ||
  (shape.pattern !== undefined && !shape.pattern.test(member));

/**
 * A list of strings with a member that breaks its shape. AWS's JSON front ends name the whole
 * list once, whatever the number of bad members, and list every constraint of the member shape,
 * broken or not: maximum length, minimum length, pattern (ACM, Lambda answers; see DEVIATIONS.md).
 */
export function listMembers(path: string, members: readonly string[] | undefined, shape: MemberShape): Violation {
  if (members === undefined || !members.some((member) => breaks(shape, member))) return undefined;
  const constraints = [
    shape.max === undefined ? undefined : lengthAtMost(shape.max),
    shape.min === undefined ? undefined : lengthAtLeast(shape.min),
    shape.pattern === undefined ? undefined : patternOf(shape.pattern),
  ].filter((constraint) => constraint !== undefined);
  return `Value '${text(members)}' at '${path}' failed to satisfy constraint: Member must satisfy constraint: [${constraints.join(", ")}]`;
}

/** One ValidationException for every violation found, or nothing. */
export function violationsError(violations: readonly Violation[]): AwsError | undefined {
  const found = violations.filter((v): v is string => v !== undefined);
  if (found.length === 0) return undefined;
  const count = found.length === 1 ? "1 validation error detected" : `${found.length} validation errors detected`;
  return validation(`${count}: ${found.join("; ")}`);
}
