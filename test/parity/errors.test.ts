// Parity: the errors real AWS answered, code and message.
import { describe, expect, it } from "vitest";
import { getSecretValueErrors, secretVersionNotFound } from "./fixtures/get-secret-value-errors.ts";
import { invalidSecretName } from "./fixtures/invalid-secret-name.ts";
import { noClientRequestToken } from "./fixtures/no-client-request-token.ts";
import type { Scenario } from "./fixtures/refs.ts";
import { secretExists } from "./fixtures/secret-exists.ts";
import { secretNotFound } from "./fixtures/secret-not-found.ts";
import { replay } from "./replay/replay.ts";

const byTranscript = (scenarios: Scenario[], transcript: string): Scenario =>
  scenarios.find((scenario) => scenario.transcript === transcript)!;

describe("parity: errors", () => {
  it("GetSecretValue and ListSecretVersionIds of an unknown secret fail with ResourceNotFoundException (test_secret_not_found)", async () => {
    expect((await replay(secretNotFound)).calls).toBe(2);
  });

  it("CreateSecret with a name in use fails with ResourceExistsException naming it (test_secret_exists_snapshots)", async () => {
    expect((await replay(secretExists)).calls).toBe(3);
  });

  for (const operation of ["CreateSecret", "UpdateSecret", "PutSecretValue"]) {
    const transcript = `test_no_client_request_token[${operation}]`;
    it(`${operation} with a value and no ClientRequestToken fails with InvalidRequestException (${transcript})`, async () => {
      const scenario = byTranscript(noClientRequestToken, transcript);
      expect((await replay(scenario)).calls).toBe(scenario.steps.length);
    });
  }

  it("RotateSecret without ClientRequestToken fails with InvalidParameterException (test_no_client_request_token[RotateSecret])", async () => {
    const scenario = byTranscript(noClientRequestToken, "test_no_client_request_token[RotateSecret]");
    expect((await replay(scenario)).calls).toBe(1);
  });

  it("GetSecretValue of a label on no version, or of a label not on the VersionId, fails as AWS did (test_get_secret_value_errors)", async () => {
    expect((await replay(getSecretValueErrors)).calls).toBe(3);
  });

  it("GetSecretValue of a secret without versions, of an unknown VersionId or a free label fails with ResourceNotFoundException (test_secret_version_not_found)", async () => {
    expect((await replay(secretVersionNotFound)).calls).toBe(4);
  });
});

describe("parity: invalid secret names", () => {
  for (const scenario of invalidSecretName) {
    it(`every operation given the name fails with ValidationException "Invalid name" (${scenario.transcript})`, async () => {
      expect((await replay(scenario)).calls).toBe(10);
    });
  }
});
