// Amazon Resource Names, read and written in this one place:
// arn:partition:service:region:account-id:resource.
// AWS doc: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
import type { SecretArn, SecretName } from "./ids.ts";

export interface ArnParts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly accountId: string;
  /** Everything after the account id, colons included: "secret:db-AbCdEf", "function:rotate:live". */
  readonly resource: string;
}

/** The parts of an ARN, or undefined when the text is not one. */
export function parseArn(arn: string): ArnParts | undefined {
  const [prefix, partition, service, region, accountId, ...resource] = arn.split(":");
  if (prefix !== "arn" || accountId === undefined || resource.length === 0) return undefined;
  return { partition: partition!, service: service!, region: region!, accountId, resource: resource.join(":") };
}

/** The region an ARN names; "" when it is not an ARN. */
export function regionOfArn(arn: string): string {
  return parseArn(arn)?.region ?? "";
}

/** The account an ARN names; "" when it is not an ARN. */
export function accountOfArn(arn: string): string {
  return parseArn(arn)?.accountId ?? "";
}

/** The same ARN in another region. */
export function withRegion(arn: SecretArn, region: string): SecretArn {
  const parts = parseArn(arn);
  if (parts === undefined) return arn;
  return `arn:${parts.partition}:${parts.service}:${region}:${parts.accountId}:${parts.resource}` as SecretArn;
}

/** Everything of a secret's ARN before its name. */
export function secretArnPrefix(partition: string, region: string, accountId: string): string {
  return `arn:${partition}:secretsmanager:${region}:${accountId}:secret:`;
}

/** AWS doc: a secret's ARN ends with its name, "-" and six random characters. */
export function secretArnOf(partition: string, region: string, accountId: string, name: SecretName, suffix: string): SecretArn {
  return `${secretArnPrefix(partition, region, accountId)}${name}-${suffix}` as SecretArn;
}

/** The name in a secret's ARN (the resource without "secret:" and the six-character suffix). */
export function secretNameOfArn(arn: string): string {
  const resource = parseArn(arn)?.resource ?? "";
  return resource.startsWith("secret:") ? resource.slice("secret:".length, -7) : "";
}

/** The function name of a Lambda function ARN (arn:…:lambda:region:account:function:name[:qualifier]). */
export function lambdaFunctionName(arn: string): string | undefined {
  const resource = parseArn(arn)?.resource.split(":");
  return resource?.[0] === "function" ? resource[1] : undefined;
}
