// A transcript's calls as AWS CLI commands a person can paste.
import { describe, expect, it } from "vitest";
import { awsCliCommand, kebab, putManyCommand, shellWord } from "../../src/check/aws-cli.ts";

describe("a call as an AWS CLI command", () => {
  it("names the operation and every member as the CLI does", () => {
    expect(["CreateSecret", "RotationLambdaARN", "SecretIdList", "ForceDeleteWithoutRecovery"].map(kebab)).toEqual([
      "create-secret",
      "rotation-lambda-arn",
      "secret-id-list",
      "force-delete-without-recovery",
    ]);
  });

  it("writes lists of strings as words, structures as JSON, booleans as flags, and quotes for the shell", () => {
    const command = awsCliCommand("http://127.0.0.1:4566", "us-east-1", "PutSecretValue", {
      SecretId: "app/a",
      VersionStages: ["AWSCURRENT", "L1"],
      SecretString: "it's",
    });
    expect(command).toBe(
      "aws --endpoint-url http://127.0.0.1:4566 --region us-east-1 secretsmanager put-secret-value --secret-id app/a --version-stages AWSCURRENT L1 --secret-string 'it'\\''s'",
    );
    expect(awsCliCommand("http://h:1", "eu-west-1", "DeleteSecret", { SecretId: "a", ForceDeleteWithoutRecovery: false, RecoveryWindowInDays: 7 })).toBe(
      "aws --endpoint-url http://h:1 --region eu-west-1 secretsmanager delete-secret --secret-id a --no-force-delete-without-recovery --recovery-window-in-days 7",
    );
    expect(awsCliCommand("http://h:1", "us-east-1", "TagResource", { SecretId: "a", Tags: [{ Key: "k", Value: "" }] })).toContain(
      `--tags '[{"Key":"k","Value":""}]'`,
    );
    expect(shellWord("bad name")).toBe("'bad name'");
  });

  it("writes a put-many step as a shell loop with consecutive tokens", () => {
    expect(putManyCommand("http://h:1", "us-east-1", "p-1/a", 100)).toBe(
      "for i in $(seq 1 100); do aws --endpoint-url http://h:1 --region us-east-1 secretsmanager put-secret-value --secret-id p-1/a " +
        '--secret-string "many-$i" --client-request-token "00000000-0000-4000-8000-$(printf %012d $((999 + i)))"; done',
    );
  });
});
