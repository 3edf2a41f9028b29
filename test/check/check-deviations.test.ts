// The check against endpoints that answer like the emulator but for one injected
// deviation each: it finds the deviation and shrinks it to at most four calls.
// Each run calls only the operations its deviation needs, which keeps it short
// (the whole API reaches them too, in more sequences).
import { describe, expect, it } from "vitest";
import {
  labelLeftOnTwoVersions,
  pruningWithout24Hours,
  startDeviatingServer,
  unsortedListing,
  wrongErrorCode,
  type Deviation,
} from "./deviating-server.ts";
import { awsCalls, check } from "./support.ts";

async function findOne(deviation: Deviation, operations: string) {
  const server = await startDeviatingServer(deviation);
  try {
    return await check(server.url, ["--runs", "300", "--length", "12", "--seed", "4", "--max-differences", "1", "--operations", operations]);
  } finally {
    await server.close();
  }
}

describe("check against an endpoint with one deviation", () => {
  it("finds a label left on two versions after UpdateSecretVersionStage moved it", async () => {
    const report = await findOne(labelLeftOnTwoVersions(), "PutSecretValue,UpdateSecretVersionStage,DescribeSecret");
    expect(report.differences[0]?.signature).toBe("DescribeSecret: VersionIdsToStages differs");
    expect(awsCalls(report)).toContain("UpdateSecretVersionStage");
    expect(awsCalls(report).length).toBeLessThanOrEqual(4);
  });

  it("finds ResourceNotFoundException answered for a secret scheduled for deletion", async () => {
    const report = await findOne(wrongErrorCode(), "DeleteSecret,RestoreSecret,GetSecretValue,DescribeSecret");
    expect(report.differences[0]?.signature).toBe("ResourceNotFoundException instead of InvalidRequestException (markedForDeletion)");
    expect(awsCalls(report)).toEqual(["CreateSecret", "DeleteSecret", "GetSecretValue"]);
  });

  it("finds versions pruned at 100 without the 24-hour rule", async () => {
    const report = await findOne(pruningWithout24Hours(), "PutSecretValue,UpdateSecretVersionStage,GetSecretValue,AdvanceClock");
    expect(report.differences[0]?.signature).toBe("success instead of LimitExceededException (tooManyVersions)");
    const calls = awsCalls(report);
    expect(calls.length).toBeLessThanOrEqual(4);
    expect(calls.at(-1)).toMatch(/^PutSecretValue/);
  });

  it("finds ListSecrets answering out of order", async () => {
    const report = await findOne(unsortedListing(), "ListSecrets,DeleteSecret,UpdateSecret");
    expect(report.differences[0]?.signature).toBe("ListSecrets: SecretList order");
    expect(awsCalls(report)).toEqual(["CreateSecret", "CreateSecret", "ListSecrets"]);
  });
});
