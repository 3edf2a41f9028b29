import { describe, expect, it } from "vitest";
import { lengthBetween, rangeBetween, required, violationsError } from "../../../src/core/validate/constraints.ts";
import { sameValue } from "../../../src/core/model/secret-version.ts";
import { requestedValue, valueViolations } from "../../../src/core/validate/secret-value.ts";

describe("Constraint violations", () => {
  it("make one ValidationException listing every violation, AWS's 'n validation errors detected' form", () => {
    expect(violationsError([required("secretId", undefined), undefined, rangeBetween("maxResults", 0, 1, 100)])).toEqual({
      code: "ValidationException",
      message:
        "2 validation errors detected: Value null at 'secretId' failed to satisfy constraint: Member must not be null; " +
        "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
    });
  });

  it("make no error when there is none", () => {
    expect(violationsError([undefined, lengthBetween("name", "ok", 1, 512)])).toBeUndefined();
  });

  it("never show the value of a sensitive member", () => {
    const [string] = valueViolations({ SecretString: "" });
    expect(string).toBe("Value at 'secretString' failed to satisfy constraint: Member must have length greater than or equal to 1");
  });

  it("measure SecretBinary in bytes, not in base64 characters", () => {
    // 21845 groups of 3 bytes, then 1 byte ("AA==") or 2 bytes ("AAA=").
    const [, exact] = valueViolations({ SecretBinary: `${"A".repeat(87380)}AA==` });
    expect(exact).toBeUndefined();
    const [, over] = valueViolations({ SecretBinary: `${"A".repeat(87380)}AAA=` });
    expect(over).toBe("Value at 'secretBinary' failed to satisfy constraint: Member must have length less than or equal to 65536");
  });

  it("refuse SecretBinary that is not base64 text", () => {
    const [, binary] = valueViolations({ SecretBinary: "not base64!" });
    expect(binary).toBe("Value at 'secretBinary' failed to satisfy constraint: Member must be valid base64");
  });
});

describe("Secret values", () => {
  it("are a string, a binary, nothing, or the InvalidParameterException for both", () => {
    expect(requestedValue({ SecretString: "s" })).toEqual({ kind: "string", SecretString: "s" });
    expect(requestedValue({ SecretBinary: "AA==" })).toEqual({ kind: "binary", SecretBinary: "AA==" });
    expect(requestedValue({})).toBeUndefined();
    expect(requestedValue({ SecretString: "s", SecretBinary: "AA==" })).toMatchObject({ code: "InvalidParameterException" });
  });

  it("are the same only with the same kind and the same content", () => {
    expect(sameValue({ kind: "string", SecretString: "a" }, { kind: "string", SecretString: "a" })).toBe(true);
    expect(sameValue({ kind: "string", SecretString: "a" }, { kind: "string", SecretString: "b" })).toBe(false);
    expect(sameValue({ kind: "string", SecretString: "AA==" }, { kind: "binary", SecretBinary: "AA==" })).toBe(false);
    expect(sameValue(undefined, { kind: "string", SecretString: "a" })).toBe(false);
  });
});
