// The event a rotation function receives (AWS User Guide, rotate-secrets_lambda:
// `{ Step, SecretId, ClientRequestToken, RotationToken }`).
import { describe, expect, it } from "vitest";
import { runRotation, singleUserRotation, type RotationEvent } from "../../../src/index.ts";
import { LAMBDA_ARN, hostOf, secretWithValue } from "../../rotation/support.ts";

function startedRotation() {
  const { driver, arn } = secretWithValue();
  const token = driver.token();
  driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: token, RotationLambdaARN: LAMBDA_ARN });
  return { driver, arn, token };
}

describe("the rotation function's event", () => {
  it("carries Step, SecretId, ClientRequestToken and RotationToken, as AWS sends them", async () => {
    const { driver, arn, token } = startedRotation();
    const events: RotationEvent[] = [];
    const template = singleUserRotation();
    await runRotation(hostOf(driver), (event, client) => {
      events.push(event);
      return template(event, client);
    }, arn);
    expect(events.map((event) => Object.keys(event).sort())).toEqual(
      Array(4).fill(["ClientRequestToken", "RotationToken", "SecretId", "Step"]),
    );
    expect(events.map((event) => event.ClientRequestToken)).toEqual([token, token, token, token]);
  });

  it("has one RotationToken per rotation, of the form PutSecretValue's RotationToken takes", async () => {
    const { driver, arn } = startedRotation();
    const tokens = new Set<string>();
    await runRotation(hostOf(driver), (event, client) => {
      tokens.add(event.RotationToken);
      return singleUserRotation()(event, client);
    }, arn);
    expect(tokens.size).toBe(1);
    const [rotationToken] = [...tokens];
    expect(rotationToken).toMatch(/^[a-zA-Z0-9-]{36,256}$/);
  });

  it("PutSecretValue in createSecret accepts the event's RotationToken", async () => {
    const { driver, arn, token } = startedRotation();
    const outcome = await runRotation(hostOf(driver), async (event, client) => {
      if (event.Step === "createSecret") {
        await client.putSecretValue({
          SecretId: event.SecretId,
          ClientRequestToken: event.ClientRequestToken,
          SecretString: "rotated",
          VersionStages: ["AWSPENDING"],
          RotationToken: event.RotationToken,
        });
      }
      if (event.Step === "finishSecret") return singleUserRotation()(event, client);
    }, arn);
    expect(outcome.recorded).toBe("rotated");
    expect(driver.ok("GetSecretValue", { SecretId: "app/db" })).toMatchObject({ VersionId: token, SecretString: "rotated" });
  });
});
