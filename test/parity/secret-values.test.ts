// Parity: values stored and read back, as real AWS answered.
import { describe, expect, it } from "vitest";
import {
  changeSecretValueAfterCreation,
  createSecretVersionFromEmptySecret,
  getSecretValue,
} from "./fixtures/secret-values.ts";
import { updateSecretDescription } from "./fixtures/update-secret-description.ts";
import { replay } from "./replay/replay.ts";

describe("parity: secret values", () => {
  it("a secret created without a value has no versions until PutSecretValue makes one AWSCURRENT (test_create_secret_version_from_empty_secret)", async () => {
    expect((await replay(createSecretVersionFromEmptySecret)).calls).toBe(3);
  });

  it("GetSecretValue answers a SecretBinary as base64 text (test_get_secret_value)", async () => {
    expect((await replay(getSecretValue)).calls).toBe(3);
  });

  for (const scenario of changeSecretValueAfterCreation) {
    it(`PutSecretValue and UpdateSecret replace a binary value byte for byte (${scenario.transcript})`, async () => {
      expect((await replay(scenario)).calls).toBe(6);
    });
  }

  it("UpdateSecret with only a Description makes no version, with nothing else changes nothing (test_update_secret_description)", async () => {
    expect((await replay(updateSecretDescription)).calls).toBe(11);
  });
});
