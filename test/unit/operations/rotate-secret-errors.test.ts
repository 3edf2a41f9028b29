import { describe, expect, it } from "vitest";
import { rotateSecret } from "../../../src/index.ts";
import { LAMBDA_ARN, OTHER_LAMBDA_ARN, failingCall, secretWithValue } from "../../rotation/support.ts";

describe("RotateSecret errors", () => {
  it("without a Lambda ARN in the request or stored fails with AWS's text and saves nothing", () => {
    const { driver } = secretWithValue();
    const error = failingCall(driver, "RotateSecret", { SecretId: "app/db", ClientRequestToken: driver.token() });
    expect(error).toEqual({
      code: "InvalidRequestException",
      message: "No Lambda rotation function ARN is associated with this secret.",
    });
  });

  it("with a Lambda Secrets Manager cannot invoke fails with AccessDeniedException and saves nothing", () => {
    const { driver } = secretWithValue();
    const before = driver.state;
    const context = { ...driver.context(), invocableLambdaArns: [OTHER_LAMBDA_ARN] };
    const request = { SecretId: "app/db", ClientRequestToken: driver.token(), RotationLambdaARN: LAMBDA_ARN };
    const result = rotateSecret(before, request, context);
    expect(result).toEqual({
      ok: false,
      state: before,
      error: {
        code: "AccessDeniedException",
        message:
          "Secrets Manager cannot invoke the specified Lambda function. Ensure that the function policy grants access to the principal secretsmanager.amazonaws.com.",
      },
    });
    expect(result.state).toBe(before);
  });

  it("with a Lambda in the invocable list succeeds", () => {
    const { driver } = secretWithValue();
    const context = { ...driver.context(), invocableLambdaArns: [LAMBDA_ARN] };
    const request = { SecretId: "app/db", ClientRequestToken: driver.token(), RotationLambdaARN: LAMBDA_ARN };
    expect(rotateSecret(driver.state, request, context).ok).toBe(true);
  });

  it("without a ClientRequestToken fails with InvalidParameterException (recorded)", () => {
    const { driver } = secretWithValue();
    const error = failingCall(driver, "RotateSecret", { SecretId: "app/db", RotationLambdaARN: LAMBDA_ARN });
    expect(error).toEqual({
      code: "InvalidParameterException",
      message: "You must provide a ClientRequestToken value. We recommend a UUID-type value.",
    });
  });

  it("with both AutomaticallyAfterDays and ScheduleExpression fails with AWS's text", () => {
    const { driver } = secretWithValue();
    const error = failingCall(driver, "RotateSecret", {
      SecretId: "app/db",
      ClientRequestToken: driver.token(),
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: { AutomaticallyAfterDays: 3, ScheduleExpression: "rate(3 days)" },
    });
    expect(error).toEqual({
      code: "InvalidParameterException",
      message: "You cannot specify both rotation frequency and schedule expression together.",
    });
  });

  it("with AutomaticallyAfterDays outside 1..1000 fails validation", () => {
    const { driver } = secretWithValue();
    for (const days of [0, 1001]) {
      const error = failingCall(driver, "RotateSecret", {
        SecretId: "app/db",
        ClientRequestToken: driver.token(),
        RotationLambdaARN: LAMBDA_ARN,
        RotationRules: { AutomaticallyAfterDays: days },
      });
      expect(error.code).toBe("ValidationException");
      expect(error.message).toContain("'rotationRules.automaticallyAfterDays'");
    }
  });

  it("with an invalid ScheduleExpression fails with InvalidParameterException", () => {
    const { driver } = secretWithValue();
    const error = failingCall(driver, "RotateSecret", {
      SecretId: "app/db",
      ClientRequestToken: driver.token(),
      RotationLambdaARN: LAMBDA_ARN,
      RotationRules: { ScheduleExpression: "cron(15 4 * * ? *)" },
    });
    expect(error.code).toBe("InvalidParameterException");
  });

  it("while AWSPENDING is on another version than AWSCURRENT fails: a previous rotation isn't complete", () => {
    const { driver } = secretWithValue();
    driver.ok("RotateSecret", { SecretId: "app/db", ClientRequestToken: driver.token(), RotationLambdaARN: LAMBDA_ARN });
    const error = failingCall(driver, "RotateSecret", { SecretId: "app/db", ClientRequestToken: driver.token() });
    expect(error).toEqual({
      code: "InvalidRequestException",
      message: "A previous rotation isn't complete. That rotation will be reattempted.",
    });
  });

  it("on a secret scheduled for deletion fails with the marked-for-deletion text", () => {
    const { driver } = secretWithValue();
    driver.ok("DeleteSecret", { SecretId: "app/db" });
    const error = failingCall(driver, "RotateSecret", {
      SecretId: "app/db",
      ClientRequestToken: driver.token(),
      RotationLambdaARN: LAMBDA_ARN,
    });
    expect(error).toEqual({
      code: "InvalidRequestException",
      message: "You can't perform this operation on the secret because it was marked for deletion.",
    });
  });

  it("on a secret that does not exist fails with ResourceNotFoundException", () => {
    const { driver } = secretWithValue();
    const error = failingCall(driver, "RotateSecret", {
      SecretId: "nope",
      ClientRequestToken: driver.token(),
      RotationLambdaARN: LAMBDA_ARN,
    });
    expect(error).toEqual({ code: "ResourceNotFoundException", message: "Secrets Manager can't find the specified secret." });
  });

  it("with the token of an existing finished version fails and changes nothing", () => {
    const { driver, first } = secretWithValue();
    const error = failingCall(driver, "RotateSecret", {
      SecretId: "app/db",
      ClientRequestToken: first,
      RotationLambdaARN: LAMBDA_ARN,
    });
    expect(error.code).toBe("ResourceExistsException");
  });
});
