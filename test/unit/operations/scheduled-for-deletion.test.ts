// What each operation answers while a secret is scheduled for deletion:
// docs/semantics/deletion.md#what-works-while-a-secret-is-scheduled-for-deletion.
import { describe, expect, it } from "vitest";
import type { OperationName, RequestOf } from "../../../src/index.ts";
import { ACCOUNT_READS, expectRefused, MARKED_FOR_DELETION, policy, withDeletedSecret } from "./lifecycle-fixtures.ts";

const TOKEN = "00000000-0000-0000-0000-0000000000ff";
const LAMBDA = "arn:aws:lambda:us-east-1:000000000000:function:rotate";

type Requests = { [Name in OperationName]?: RequestOf<Name> };

/** AWS's answer with this text is recorded or quoted for these. */
const confirmed: Requests = {
  GetSecretValue: { SecretId: "app/db" },
  TagResource: { SecretId: "app/db", Tags: [{ Key: "a", Value: "1" }] },
  UntagResource: { SecretId: "app/db", TagKeys: ["a"] },
  GetResourcePolicy: { SecretId: "app/db" },
};

/** Probable (third-party code handles this text from them) or not public: the same text is chosen. */
const chosen: Requests = {
  DeleteResourcePolicy: { SecretId: "app/db" },
  UpdateSecretVersionStage: { SecretId: "app/db", VersionStage: "LABEL", MoveToVersionId: TOKEN },
  UpdateSecret: { SecretId: "app/db", Description: "d" },
  PutSecretValue: { SecretId: "app/db", SecretString: "v2", ClientRequestToken: TOKEN },
  PutResourcePolicy: { SecretId: "app/db", ResourcePolicy: policy(ACCOUNT_READS) },
  RotateSecret: { SecretId: "app/db", ClientRequestToken: TOKEN, RotationLambdaARN: LAMBDA },
  CancelRotateSecret: { SecretId: "app/db" },
  DeleteSecret: { SecretId: "app/db" },
};

describe("a secret scheduled for deletion", () => {
  it.each(Object.entries(confirmed))("refuses %s with InvalidRequestException \"…marked for deletion.\" (observed)", (name, request) => {
    const { driver } = withDeletedSecret();
    const before = driver.state;
    expectRefused(driver.call(name as OperationName, request as never), before, "InvalidRequestException", MARKED_FOR_DELETION);
  });

  it.each(Object.entries(chosen))("refuses %s with the same InvalidRequestException", (name, request) => {
    const { driver } = withDeletedSecret();
    const before = driver.state;
    expectRefused(driver.call(name as OperationName, request as never), before, "InvalidRequestException", MARKED_FOR_DELETION);
  });

  it("is still described, with DeletedDate", () => {
    const { driver } = withDeletedSecret();
    expect(driver.ok("DescribeSecret", { SecretId: "app/db" }).DeletedDate).toBe(driver.now);
  });

  it("still lists its versions with ListSecretVersionIds", () => {
    const { driver, token } = withDeletedSecret();
    expect(driver.ok("ListSecretVersionIds", { SecretId: "app/db" }).Versions.map((v) => v.VersionId)).toEqual([token]);
  });

  it("keeps its name: CreateSecret fails with InvalidRequestException", () => {
    const { driver } = withDeletedSecret();
    const before = driver.state;
    const message = "You can't create this secret because a secret with this name is already scheduled for deletion.";
    expectRefused(driver.call("CreateSecret", { Name: "app/db" }), before, "InvalidRequestException", message);
  });

  it("can be restored, after which GetSecretValue works again", () => {
    const { driver } = withDeletedSecret();
    driver.ok("RestoreSecret", { SecretId: "app/db" });
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" }).SecretString).toBe("v1");
  });
});
