// The API model's member constraints, checked the way AWS's front end checks
// them: every violation is listed in one ValidationException (spec 6).
import type { AwsError } from "../errors/codes.ts";
import { validation } from "../errors/errors.ts";

export type Violation = string | undefined;

// AWS prints a list member as "[a, b]".
const text = (value: unknown): string => (Array.isArray(value) ? `[${value.join(", ")}]` : String(value));
const shown = (value: unknown, sensitive: boolean) => (sensitive ? "Value" : `Value '${text(value)}'`);

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
  if (length < min) {
    return `${shown(value, sensitive)} at '${path}' failed to satisfy constraint: Member must have length greater than or equal to ${min}`;
  }
  if (max !== undefined && length > max) {
    return `${shown(value, sensitive)} at '${path}' failed to satisfy constraint: Member must have length less than or equal to ${max}`;
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
  return `${shown(value, sensitive)} at '${path}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern.source}`;
}

export function oneOf(path: string, value: string | undefined, allowed: readonly string[]): Violation {
  if (value === undefined || allowed.includes(value)) return undefined;
  return `Value '${value}' at '${path}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(", ")}]`;
}

/** One ValidationException for every violation found, or nothing. */
export function violationsError(violations: readonly Violation[]): AwsError | undefined {
  const found = violations.filter((v): v is string => v !== undefined);
  if (found.length === 0) return undefined;
  const count = found.length === 1 ? "1 validation error detected" : `${found.length} validation errors detected`;
  return validation(`${count}: ${found.join("; ")}`);
}
