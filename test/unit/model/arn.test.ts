import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  accountOfArn,
  lambdaFunctionName,
  parseArn,
  regionOfArn,
  secretArnOf,
  secretNameOfArn,
  withRegion,
} from "../../../src/core/model/arn.ts";
import type { SecretArn, SecretName } from "../../../src/core/model/ids.ts";

const ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db/main-AbC123" as SecretArn;

describe("ARNs", () => {
  it("a secret's ARN names its partition, service, region, account and resource", () => {
    expect(parseArn(ARN)).toEqual({
      partition: "aws",
      service: "secretsmanager",
      region: "eu-west-1",
      accountId: "123456789012",
      resource: "secret:db/main-AbC123",
    });
    expect(regionOfArn(ARN)).toBe("eu-west-1");
    expect(accountOfArn(ARN)).toBe("123456789012");
    expect(secretNameOfArn(ARN)).toBe("db/main");
  });

  it("a replica's ARN is the primary's with the region changed", () => {
    expect(withRegion(ARN, "ap-south-1")).toBe("arn:aws:secretsmanager:ap-south-1:123456789012:secret:db/main-AbC123");
  });

  it("a Lambda function ARN names its function, with or without a qualifier", () => {
    expect(lambdaFunctionName("arn:aws:lambda:us-east-1:000000000000:function:rotate")).toBe("rotate");
    expect(lambdaFunctionName("arn:aws:lambda:us-east-1:000000000000:function:rotate:live")).toBe("rotate");
    expect(lambdaFunctionName(ARN)).toBeUndefined();
  });

  it("text that is not an ARN has no parts", () => {
    for (const text of ["", "db/main", "arn:aws:secretsmanager", "urn:aws:secretsmanager:us-east-1:1:secret:x"]) {
      expect(parseArn(text)).toBeUndefined();
      expect(regionOfArn(text)).toBe("");
      expect(accountOfArn(text)).toBe("");
    }
  });

  const word = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
  test.prop([word, word, fc.stringMatching(/^\d{12}$/), fc.stringMatching(/^[A-Za-z0-9/_+=.@-]{1,40}$/), fc.stringMatching(/^[A-Za-z0-9]{6}$/)])(
    "a secret ARN built from its parts reads back as those parts",
    (partition, region, accountId, name, suffix) => {
      const arn = secretArnOf(partition, region, accountId, name as SecretName, suffix);
      expect(parseArn(arn)).toEqual({ partition, service: "secretsmanager", region, accountId, resource: `secret:${name}-${suffix}` });
      expect(secretNameOfArn(arn)).toBe(name);
    },
  );
});
