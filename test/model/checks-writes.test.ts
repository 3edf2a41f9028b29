// The model-based test's checks of every call, of the writes and of the clock,
// each shown to fail on a library set apart from the model by hand.
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/index.ts";
import { changeAnswer, editLibrary, inStep, run, T1, T2 } from "./checks-support.ts";
import { GetSecretValue } from "./read-commands.ts";
import { Tick } from "./time-commands.ts";
import { CreateSecret, DeleteSecret, PutSecretValue } from "./write-commands.ts";

describe("the model-based test checks every call", () => {
  it("notices an answer that is not the model's: GetSecretValue succeeds on a secret the model does not have", () => {
    const pair = inStep();
    pair.model.secrets.delete("app/db");
    expect(() => run(pair, new GetSecretValue("app/db", undefined, undefined))).toThrow("GetSecretValue answers as the model does");
  });

  it("notices a failed call that changes the state", () => {
    const pair = inStep();
    pair.real.driver.tamper = (_, result) => (result.ok ? result : { ...result, state: { ...result.state } });
    expect(() => run(pair, new GetSecretValue("app/none", undefined, undefined))).toThrow("a failed GetSecretValue returns the same state");
  });

  it("notices a state that breaks an invariant: a staging label on a version that does not exist", () => {
    const pair = inStep();
    editLibrary(pair, (secret) => {
      secret.labels["L1"] = "ffffffff-ffff-ffff-ffff-ffffffffffff" as never;
    });
    expect(() => run(pair, new GetSecretValue("app/db", undefined, undefined))).toThrow("no invariant broken after GetSecretValue");
  });
});

describe("the model-based test checks the answers of the writes", () => {
  it("notices CreateSecret answering another VersionId", () => {
    const pair = inStep();
    changeAnswer(pair, "CreateSecret", { VersionId: T2 });
    const create = new CreateSecret({ Name: "app/api", SecretString: "a", ClientRequestToken: T1 });
    expect(() => run(pair, create)).toThrow("CreateSecret's VersionId");
  });

  it("notices PutSecretValue answering another VersionId", () => {
    const pair = inStep();
    changeAnswer(pair, "PutSecretValue", { VersionId: T1 });
    const put = new PutSecretValue({ SecretId: "app/db", SecretString: "v3", ClientRequestToken: "t3".padEnd(36, "0") });
    expect(() => run(pair, put)).toThrow("PutSecretValue's VersionId");
  });

  it("notices PutSecretValue answering VersionStages other than the labels the version has", () => {
    const pair = inStep();
    changeAnswer(pair, "PutSecretValue", { VersionStages: ["AWSCURRENT", "AWSPENDING"] });
    const retry = new PutSecretValue({ SecretId: "app/db", SecretString: "v2", ClientRequestToken: T2 });
    expect(() => run(pair, retry)).toThrow("PutSecretValue's VersionStages");
  });

  it("notices DeleteSecret answering another DeletionDate than now plus the recovery window", () => {
    const pair = inStep();
    changeAnswer(pair, "DeleteSecret", { DeletionDate: 0 });
    expect(() => run(pair, new DeleteSecret({ SecretId: "app/db", RecoveryWindowInDays: 7 }))).toThrow("DeleteSecret's DeletionDate");
  });
});

describe("the model-based test checks the tick", () => {
  it("notices a tick that starts a rotation, though no secret of these sequences rotates", () => {
    const pair = inStep();
    editLibrary(pair, (secret) => {
      secret.RotationEnabled = true;
      secret.RotationLambdaARN = "arn:aws:lambda:us-east-1:123456789012:function:rotate";
      secret.NextRotationDate = pair.real.driver.now;
    });
    expect(() => run(pair, new Tick(DAY_MS))).toThrow("rotations started by a tick");
  });

  it("notices a state that breaks an invariant after a tick", () => {
    const pair = inStep();
    editLibrary(pair, (secret) => {
      secret.versions[T1]!.CreatedDate = secret.CreatedDate - 1;
    });
    expect(() => run(pair, new Tick(DAY_MS))).toThrow("no invariant broken after a tick");
  });

  it("notices a tick that removes a secret whose recovery window the model has not ended", () => {
    const pair = inStep();
    editLibrary(pair, (secret) => {
      secret.DeletedDate = pair.real.driver.now;
      secret.DeletionDate = pair.real.driver.now;
    });
    expect(() => run(pair, new Tick(DAY_MS))).toThrow("a tick that ends no recovery window returns the same state");
  });

  it("notices a secret left in place after its recovery window ended", () => {
    const pair = inStep();
    pair.model.secrets.get("app/db")!.deletionDate = pair.model.now;
    expect(() => run(pair, new Tick(DAY_MS))).toThrow("a secret whose recovery window ended is gone");
  });
});
