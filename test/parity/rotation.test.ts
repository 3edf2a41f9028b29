// Parity: RotateSecret with the rotation function run to its end, as real AWS answered.
import { describe, expect, it } from "vitest";
import {
  firstRotateSecretWithMissingLambdaArn,
  rotateSecretInvalidLambdaArn,
  rotateSecretMultipleTimes,
  rotateSecretWithLambdaSuccess,
} from "./fixtures/rotation.ts";
import { replay } from "./replay/replay.ts";

describe("parity: RotateSecret", () => {
  for (const scenario of rotateSecretWithLambdaSuccess) {
    it(`a rotation moves AWSCURRENT to the new version and shows its schedule in DescribeSecret (${scenario.transcript})`, async () => {
      expect((await replay(scenario)).calls).toBe(4);
    });
  }

  it("a second RotateSecret without ARN or rules reuses the stored ones (test_rotate_secret_multiple_times_with_lambda_success)", async () => {
    expect((await replay(rotateSecretMultipleTimes)).calls).toBe(7);
  });

  it("RotateSecret with a Lambda that cannot be invoked fails with AccessDeniedException and saves nothing (test_rotate_secret_invalid_lambda_arn)", async () => {
    expect((await replay(rotateSecretInvalidLambdaArn)).calls).toBe(3);
  });

  it("a first RotateSecret without RotationLambdaARN fails with InvalidRequestException (test_first_rotate_secret_with_missing_lambda_arn)", async () => {
    expect((await replay(firstRotateSecretWithMissingLambdaArn)).calls).toBe(3);
  });
});
