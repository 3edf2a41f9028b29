// The calls of each operation as fast-check arbitraries, with their weights: the
// calls that build state (creates, puts, label moves) weigh more, so that reads
// and deletes find something to read or delete.
import fc from "fast-check";
import type { OperationName } from "../core/index.ts";
import { PUT_MANY_TOKEN_BASE, type Abstract, type AbstractInput, type CallCommand, type Command } from "./commands.ts";
import {
  label,
  listFilters,
  optionalValue,
  pageSize,
  passwordRequest,
  policy,
  rarely,
  replicaRegion,
  replicaRegions,
  secretId,
  secretName,
  SAME_SECRET,
  secretValue,
  stageUpdate,
  stages,
  tagKeys,
  tags,
  token,
  versionId,
} from "./generate-members.ts";

export interface Weighted {
  readonly weight: number;
  readonly arbitrary: fc.Arbitrary<Command>;
}

function call(operation: OperationName, input: fc.Arbitrary<AbstractInput>, region: fc.Arbitrary<number> = fc.constant(0)) {
  return fc.tuple(input, region).map(([request, r]): CallCommand => ({ kind: "call", operation, region: r, input: bindToSecret(request) }));
}

/** The request with its references to "the secret the call names" bound to its SecretId's secret. */
function bindToSecret(input: AbstractInput): AbstractInput {
  const id = input["SecretId"];
  const key = typeof id === "object" && id !== null && "$secret" in id ? String(id.$secret) : "a";
  const bind = (value: Abstract): Abstract => {
    if (Array.isArray(value)) return value.map(bind);
    if (typeof value !== "object") return value;
    if ("$of" in value && value.$of === SAME_SECRET) return { ...value, $of: key } as Abstract;
    return Object.fromEntries(Object.entries(value).map(([member, item]) => [member, bind(item as Abstract)]));
  };
  return bind(input) as AbstractInput;
}

/** A record whose optional members (all but `required`) are each present or not; `undefined` ones are dropped. */
function members(fields: Record<string, fc.Arbitrary<unknown>>, required: string[]): fc.Arbitrary<AbstractInput> {
  return fc
    .record(fields, { requiredKeys: required })
    .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as AbstractInput);
}

function withValue(input: fc.Arbitrary<AbstractInput>, value: fc.Arbitrary<AbstractInput>): fc.Arbitrary<AbstractInput> {
  return fc.tuple(input, value).map(([request, v]) => ({ ...request, ...v }));
}

const byId = members({ SecretId: secretId }, ["SecretId"]);

export function secretCalls(replicas: number): Record<string, Weighted[]> {
  return {
    CreateSecret: [
      {
        weight: 5,
        arbitrary: call(
          "CreateSecret",
          withValue(
            members(
              {
                Name: secretName,
                ClientRequestToken: token,
                Description: rarely(fc.constantFrom("first secret", ""), 3),
                Tags: rarely(tags, 3),
                ...(replicas > 0 && { AddReplicaRegions: rarely(replicaRegions(replicas), 8) }),
              },
              ["Name", "ClientRequestToken"],
            ),
            optionalValue,
          ),
        ),
      },
    ],
    UpdateSecret: [
      {
        weight: 3,
        arbitrary: call(
          "UpdateSecret",
          withValue(
            members({ SecretId: secretId, ClientRequestToken: token, Description: fc.constantFrom("second", "") }, [
              "SecretId",
              "ClientRequestToken",
            ]),
            fc.oneof(secretValue, fc.constant({})),
          ),
        ),
      },
    ],
    PutSecretValue: [
      {
        weight: 8,
        arbitrary: call(
          "PutSecretValue",
          withValue(
            members({ SecretId: secretId, ClientRequestToken: token, VersionStages: stages }, ["SecretId", "ClientRequestToken"]),
            fc.oneof({ weight: 12, arbitrary: secretValue }, { weight: 1, arbitrary: fc.constant({}) }),
          ),
        ),
      },
      {
        weight: 1,
        arbitrary: fc
          .record({ secret: fc.constantFrom("a", "b"), count: fc.constantFrom(3, 99, 100) })
          .map(({ secret, count }): Command => ({ kind: "put-many", secret, count, firstToken: PUT_MANY_TOKEN_BASE })),
      },
    ],
    GetSecretValue: [
      { weight: 5, arbitrary: call("GetSecretValue", members({ SecretId: secretId, VersionId: versionId, VersionStage: label }, ["SecretId"])) },
    ],
    DescribeSecret: [{ weight: 6, arbitrary: call("DescribeSecret", byId) }],
    ListSecretVersionIds: [
      {
        weight: 4,
        arbitrary: call(
          "ListSecretVersionIds",
          members({ SecretId: secretId, IncludeDeprecated: fc.boolean(), MaxResults: pageSize }, ["SecretId"]),
        ),
      },
    ],
    UpdateSecretVersionStage: [{ weight: 6, arbitrary: call("UpdateSecretVersionStage", stageUpdate) }],
    DeleteSecret: [
      {
        weight: 3,
        arbitrary: call(
          "DeleteSecret",
          members({ SecretId: secretId, RecoveryWindowInDays: fc.constantFrom(7, 30, 0, 31), ForceDeleteWithoutRecovery: fc.boolean() }, [
            "SecretId",
          ]),
        ),
      },
    ],
    RestoreSecret: [{ weight: 2, arbitrary: call("RestoreSecret", byId) }],
  };
}

export function otherCalls(replicas: number): Record<string, Weighted[]> {
  const replicaCalls: Record<string, Weighted[]> =
    replicas === 0
      ? {}
      : {
          ReplicateSecretToRegions: [
            {
              weight: 1,
              arbitrary: call(
                "ReplicateSecretToRegions",
                members({ SecretId: secretId, AddReplicaRegions: replicaRegions(replicas), ForceOverwriteReplicaSecret: fc.boolean() }, [
                  "SecretId",
                  "AddReplicaRegions",
                ]),
              ),
            },
          ],
          RemoveRegionsFromReplication: [
            {
              weight: 1,
              arbitrary: call(
                "RemoveRegionsFromReplication",
                members(
                  { SecretId: secretId, RemoveReplicaRegions: fc.uniqueArray(replicaRegion(replicas), { minLength: 1, maxLength: replicas }).map((rs) => rs.map(($region) => ({ $region }))) },
                  ["SecretId", "RemoveReplicaRegions"],
                ),
              ),
            },
          ],
          StopReplicationToReplica: [{ weight: 1, arbitrary: call("StopReplicationToReplica", byId, replicaRegion(replicas)) }],
        };
  return {
    ListSecrets: [
      {
        weight: 4,
        arbitrary: call(
          "ListSecrets",
          members(
            {
              Filters: listFilters,
              IncludePlannedDeletion: fc.boolean(),
              SortOrder: fc.constantFrom("asc", "desc"),
              SortBy: fc.constantFrom("name", "created-date", "last-changed-date", "last-accessed-date"),
              MaxResults: pageSize,
            },
            ["Filters"],
          ),
        ),
      },
      { weight: 1, arbitrary: call("ListSecrets", fc.constant({ Filters: [{ Key: "name", Values: [{ $prefix: "" }] }], NextToken: "not-a-token" })) },
    ],
    BatchGetSecretValue: [
      { weight: 2, arbitrary: call("BatchGetSecretValue", fc.uniqueArray(secretId, { minLength: 1, maxLength: 3, selector: (id) => JSON.stringify(id) }).map((SecretIdList) => ({ SecretIdList }))) },
      { weight: 1, arbitrary: call("BatchGetSecretValue", members({ Filters: listFilters, MaxResults: pageSize }, ["Filters"])) },
    ],
    TagResource: [{ weight: 2, arbitrary: call("TagResource", members({ SecretId: secretId, Tags: tags }, ["SecretId", "Tags"])) }],
    UntagResource: [{ weight: 1, arbitrary: call("UntagResource", members({ SecretId: secretId, TagKeys: tagKeys }, ["SecretId", "TagKeys"])) }],
    PutResourcePolicy: [
      {
        weight: 1,
        arbitrary: call("PutResourcePolicy", members({ SecretId: secretId, ResourcePolicy: policy, BlockPublicPolicy: fc.boolean() }, ["SecretId", "ResourcePolicy"])),
      },
    ],
    GetResourcePolicy: [{ weight: 1, arbitrary: call("GetResourcePolicy", byId) }],
    DeleteResourcePolicy: [{ weight: 1, arbitrary: call("DeleteResourcePolicy", byId) }],
    ValidateResourcePolicy: [
      { weight: 1, arbitrary: call("ValidateResourcePolicy", members({ SecretId: secretId, ResourcePolicy: policy }, ["ResourcePolicy"])) },
    ],
    RotateSecret: [
      {
        weight: 2,
        arbitrary: call(
          "RotateSecret",
          members(
            {
              SecretId: secretId,
              ClientRequestToken: token,
              RotationLambdaARN: fc.constant({ $lambda: "rotation" }),
              RotationRules: fc.constantFrom({ AutomaticallyAfterDays: 30 }, { AutomaticallyAfterDays: 1 }),
              RotateImmediately: fc.boolean(),
            },
            ["SecretId", "ClientRequestToken"],
          ),
        ),
      },
    ],
    CancelRotateSecret: [{ weight: 1, arbitrary: call("CancelRotateSecret", byId) }],
    GetRandomPassword: [{ weight: 1, arbitrary: call("GetRandomPassword", passwordRequest) }],
    ...replicaCalls,
    // Reads in a replica's region.
    ...(replicas > 0 && {
      DescribeSecret: [{ weight: 1, arbitrary: call("DescribeSecret", byId, replicaRegion(replicas)) }],
    }),
  };
}
