// Operations fed the largest inputs a request can carry: a 20,480-character
// resource policy (NonEmptyResourcePolicyType), a 1 MiB body of tags or tag
// keys (TagListType and TagKeyListType have no length limit; 1 MiB is the
// emulator's body limit), a 4,096-character password with 4,096 excluded
// characters. Each against a baseline in the same run: JSON.parse of the
// request's body, which the emulator does anyway. A cost far above the
// baseline, or growing faster than the input, is the sign of a quadratic step.
// Run: npx vitest bench --run bench/request-size.bench.ts
import { bench, describe } from "vitest";
import {
  createSecret,
  getRandomPassword,
  putResourcePolicy,
  tagResource,
  untagResource,
  validateResourcePolicy,
  type Tag,
} from "../src/index.ts";
import { catalogueSecret, catalogueState, context, medianMs } from "./catalogue.ts";

const POLICY_MAX = 20_480;
const BODY_MAX = 1024 * 1024;

/** A policy of as many copies of `statement` as fit in the limit. */
function policyOf(statement: string): string {
  const head = '{"Version":"2012-10-17","Statement":[';
  const count = Math.floor((POLICY_MAX - head.length - 2) / (statement.length + 1));
  return `${head}${Array.from({ length: count }, () => statement).join(",")}]}`;
}

const POLICIES = {
  "valid statements": policyOf('{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"secretsmanager:GetSecretValue","Resource":"*"}'),
  "public statements": policyOf('{"Effect":"Allow","Principal":"*","Action":"s:G","Resource":"*"}'),
  "statements that are not objects": policyOf("1"),
  "statements with every fault": policyOf('{"Sid":1,"Effect":"x","Principal":[],"Action":[],"NotAction":2,"Resource":[],"NotResource":3,"Condition":4,"X":5}'),
  "one Action list": `{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":[${Array.from(
    { length: Math.floor((POLICY_MAX - 100) / 4) },
    () => '"a"',
  ).join(",")}]}}`,
  "nested Condition": `{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"a","Condition":{"c":${"[".repeat(10_000)}${"]".repeat(10_000)}}}}`,
} as const;

/** As many tags with distinct keys as a body of `bytes` holds. */
function tagsOf(bytes: number): Tag[] {
  const tags: Tag[] = [];
  for (let size = 30; size < bytes; size += 30) tags.push({ Key: `k${tags.length}`, Value: "" });
  return tags;
}

const state = catalogueState(1, (s, i) => catalogueSecret(s, i));
const secretId = `team-0/service-0`;
const manyTags = tagsOf(BODY_MAX);
// The secret's 50 keys last, so that a search of the list for each of them reads it all.
const manyKeys = manyTags.map((tag) => tag.Key).reverse();
const tagged = createSecret(state, { Name: "tagged", Tags: manyTags.slice(0, 50) }, context);
if (!tagged.ok) throw new Error(tagged.error.message);

interface Workload {
  readonly name: string;
  readonly run: () => unknown;
  /** The request as JSON: its parse is the baseline. */
  readonly body: string;
}

const workloads: Workload[] = [
  ...Object.entries(POLICIES).flatMap(([name, ResourcePolicy]) => [
    {
      name: `ValidateResourcePolicy, 20,480 characters of ${name}`,
      run: () => validateResourcePolicy(state, { ResourcePolicy }, context),
      body: JSON.stringify({ ResourcePolicy }),
    },
    {
      name: `PutResourcePolicy with BlockPublicPolicy, 20,480 characters of ${name}`,
      run: () => putResourcePolicy(state, { SecretId: secretId, ResourcePolicy, BlockPublicPolicy: true }, context),
      body: JSON.stringify({ SecretId: secretId, ResourcePolicy, BlockPublicPolicy: true }),
    },
  ]),
  {
    name: `CreateSecret with ${manyTags.length.toLocaleString("en")} tags (1 MiB; refused: over 50)`,
    run: () => createSecret(state, { Name: "many-tags", Tags: manyTags }, context),
    body: JSON.stringify({ Name: "many-tags", Tags: manyTags }),
  },
  {
    name: `TagResource with ${manyTags.length.toLocaleString("en")} tags (1 MiB; refused: over 50)`,
    run: () => tagResource(state, { SecretId: secretId, Tags: manyTags }, context),
    body: JSON.stringify({ SecretId: secretId, Tags: manyTags }),
  },
  {
    name: `UntagResource of ${manyKeys.length.toLocaleString("en")} keys on a secret with 50 tags`,
    run: () => untagResource(tagged.state, { SecretId: "tagged", TagKeys: manyKeys }, context),
    body: JSON.stringify({ SecretId: "tagged", TagKeys: manyKeys }),
  },
  {
    name: "GetRandomPassword of 4,096 characters, 4,096 excluded characters",
    run: () => getRandomPassword(state, { PasswordLength: 4096, ExcludeCharacters: "abcdefghijklmnopqrstuvwxyz".repeat(158).slice(0, 4096) }, context),
    body: JSON.stringify({ PasswordLength: 4096, ExcludeCharacters: "abcdefghijklmnopqrstuvwxyz".repeat(158).slice(0, 4096) }),
  },
];

const RUNS = Number(process.env["SIZE_RUNS"] ?? 21);
for (const { name, run, body } of workloads) {
  const baseline = medianMs(() => JSON.parse(body), RUNS);
  const median = medianMs(run, RUNS);
  console.log(
    `${name}: median ${median.toFixed(2)} ms of ${RUNS}; baseline JSON.parse of the ${body.length.toLocaleString("en")}-character body ` +
      `${baseline.toFixed(2)} ms; ${(median / baseline).toFixed(1)}x`,
  );
}

describe("operations fed the largest inputs", () => {
  for (const { name, run } of RUNS > 1 ? workloads : []) bench(name, () => void run());
});
