import { describe, expect, it } from "vitest";
import { Driver, emptyState, getRandomPassword, type Context } from "../../../src/index.ts";
import { failingCall } from "../../rotation/support.ts";

const PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const context = (randomSeed: number): Context => ({ now: 0, region: "us-east-1", arnSuffix: "AAAAAA", randomSeed });

describe("GetRandomPassword", () => {
  it("answers a 32-character password with a letter of each case, a number and a punctuation by default", () => {
    const { RandomPassword } = new Driver().ok("GetRandomPassword", {});
    expect(RandomPassword).toHaveLength(32);
    expect(RandomPassword).toMatch(/[A-Z]/);
    expect(RandomPassword).toMatch(/[a-z]/);
    expect(RandomPassword).toMatch(/[0-9]/);
    expect([...RandomPassword].some((c) => PUNCTUATION.includes(c))).toBe(true);
    expect(RandomPassword).not.toContain(" ");
  });

  it("changes nothing: the state object is the same", () => {
    const state = emptyState();
    const result = getRandomPassword(state, {}, context(1));
    expect(result.state).toBe(state);
  });

  it("draws the same password from the same seed and another from another seed", () => {
    const state = emptyState();
    const a = getRandomPassword(state, { PasswordLength: 40 }, context(7));
    const b = getRandomPassword(state, { PasswordLength: 40 }, context(7));
    const c = getRandomPassword(state, { PasswordLength: 40 }, context(8));
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
  });

  it("honours PasswordLength from 1 to 4096", () => {
    const driver = new Driver();
    expect(driver.ok("GetRandomPassword", { PasswordLength: 4096 }).RandomPassword).toHaveLength(4096);
    const one = driver.ok("GetRandomPassword", { PasswordLength: 1, RequireEachIncludedType: false });
    expect(one.RandomPassword).toHaveLength(1);
  });

  it("never uses ExcludeCharacters", () => {
    const driver = new Driver();
    const excluded = "abcdefxyz0129!@#ABC";
    const { RandomPassword } = driver.ok("GetRandomPassword", { PasswordLength: 500, ExcludeCharacters: excluded });
    expect([...RandomPassword].filter((c) => excluded.includes(c))).toEqual([]);
  });

  it("with every Exclude switch but one uses only that type", () => {
    const driver = new Driver();
    const passwordWith = (request: object) => driver.ok("GetRandomPassword", { PasswordLength: 200, ...request }).RandomPassword;
    const all = { ExcludeNumbers: true, ExcludePunctuation: true, ExcludeUppercase: true, ExcludeLowercase: true };
    expect(passwordWith({ ...all, ExcludeNumbers: false })).toMatch(/^[0-9]{200}$/);
    expect(passwordWith({ ...all, ExcludeUppercase: false })).toMatch(/^[A-Z]{200}$/);
    expect(passwordWith({ ...all, ExcludeLowercase: false })).toMatch(/^[a-z]{200}$/);
    expect([...passwordWith({ ...all, ExcludePunctuation: false })].every((c) => PUNCTUATION.includes(c))).toBe(true);
  });

  it("with IncludeSpace may use the space, and does over many characters", () => {
    const { RandomPassword } = new Driver().ok("GetRandomPassword", { PasswordLength: 1000, IncludeSpace: true });
    expect(RandomPassword).toContain(" ");
  });

  it("with RequireEachIncludedType puts each type somewhere, not always at the same place", () => {
    const state = emptyState();
    const request = { PasswordLength: 4, ExcludePunctuation: true, ExcludeCharacters: "" };
    const positions = new Set<number>();
    for (let seed = 0; seed < 50; seed++) {
      const { RandomPassword } = (getRandomPassword(state, request, context(seed)) as { response: { RandomPassword: string } })
        .response;
      expect(RandomPassword).toMatch(/[A-Z]/);
      expect(RandomPassword).toMatch(/[a-z]/);
      expect(RandomPassword).toMatch(/[0-9]/);
      positions.add(RandomPassword.search(/[0-9]/));
    }
    expect(positions.size).toBeGreaterThan(1);
  });

  it("with RequireEachIncludedType false may leave a type out", () => {
    const state = emptyState();
    const request = { PasswordLength: 2, RequireEachIncludedType: false, ExcludePunctuation: true };
    const passwords = Array.from({ length: 60 }, (_, seed) => getRandomPassword(state, request, context(seed)));
    const lacking = passwords.filter((r) => r.ok && !/[0-9]/.test(r.response.RandomPassword));
    expect(lacking.length).toBeGreaterThan(0);
  });

  it("fails when the length is shorter than the number of required types", () => {
    const error = failingCall(new Driver(), "GetRandomPassword", { PasswordLength: 3 });
    expect(error).toEqual({
      code: "InvalidParameterException",
      message: "Password length is too short based on the required types.",
    });
  });

  it("fails when ExcludeCharacters removes every character of a required type", () => {
    const error = failingCall(new Driver(), "GetRandomPassword", { ExcludeCharacters: "0123456789" });
    expect(error).toEqual({
      code: "InvalidParameterException",
      message: "All characters of the desired type have been excluded",
    });
  });

  it("fails when nothing is left to choose from", () => {
    const error = failingCall(new Driver(), "GetRandomPassword", {
      ExcludeNumbers: true,
      ExcludePunctuation: true,
      ExcludeUppercase: true,
      ExcludeLowercase: true,
    });
    expect(error).toEqual({ code: "InvalidParameterException", message: "All characters have been excluded from selection" });
  });

  it("refuses PasswordLength above 4096 with AWS's validation text", () => {
    const error = failingCall(new Driver(), "GetRandomPassword", { PasswordLength: 4097 });
    expect(error).toEqual({
      code: "ValidationException",
      message:
        "1 validation error detected: Value '4097' at 'passwordLength' failed to satisfy constraint: Member must have value less than or equal to 4096",
    });
  });

  it("refuses PasswordLength 0", () => {
    expect(failingCall(new Driver(), "GetRandomPassword", { PasswordLength: 0 }).code).toBe("ValidationException");
  });
});
