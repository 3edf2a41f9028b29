// A call written as the AWS CLI command that makes it, so that a person can
// replay a transcript by hand (AWS CLI v2: blobs are given as base64 text).
import { PUT_MANY_TOKEN_BASE } from "./commands.ts";

/** CreateSecret → create-secret, RotationLambdaARN → rotation-lambda-arn. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

/** A word the shell reads as it is, else the text in single quotes. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_.,:/=@+-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

function option(member: string, value: unknown): string {
  const flag = `--${kebab(member)}`;
  if (typeof value === "boolean") return value ? flag : `--no-${kebab(member)}`;
  if (typeof value === "number") return `${flag} ${value}`;
  if (typeof value === "string") return `${flag} ${shellWord(value)}`;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return `${flag} ${value.map(shellWord).join(" ")}`;
  return `${flag} ${shellWord(JSON.stringify(value))}`;
}

export function awsCliCommand(endpoint: string, region: string, operation: string, request: Readonly<Record<string, unknown>>): string {
  const options = Object.entries(request).map(([member, value]) => option(member, value));
  return ["aws", "--endpoint-url", shellWord(endpoint), "--region", region, "secretsmanager", kebab(operation), ...options].join(" ");
}

/** The shell loop of a put-many step: `count` PutSecretValue calls with consecutive tokens. */
export function putManyCommand(endpoint: string, region: string, secretId: string, count: number): string {
  const token = `00000000-0000-4000-8000-$(printf %012d $((${PUT_MANY_TOKEN_BASE - 1} + i)))`;
  return (
    `for i in $(seq 1 ${count}); do aws --endpoint-url ${shellWord(endpoint)} --region ${region} secretsmanager put-secret-value ` +
    `--secret-id ${shellWord(secretId)} --secret-string "many-$i" --client-request-token "${token}"; done`
  );
}

export function advanceClockCommand(endpoint: string, hours: number): string {
  const base = endpoint.replace(/\/+$/, "");
  return `curl -s -X POST ${shellWord(`${base}/_emulator/clock/advance`)} -d '{"hours":${hours}}'`;
}
