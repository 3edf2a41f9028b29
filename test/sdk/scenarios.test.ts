// The shared SDK scenarios against the in-process double.
import { describe, it } from "vitest";
import { createSecretsManagerDouble } from "../../src/sdk/index.ts";
import { sdkScenarios } from "../support/sdk-scenarios.ts";

describe("the official SDK against the in-process double", () => {
  const { client } = createSecretsManagerDouble({ region: "eu-west-1", accountId: "111122223333" });
  for (const scenario of sdkScenarios) it(scenario.name, () => scenario.run(client));
});
