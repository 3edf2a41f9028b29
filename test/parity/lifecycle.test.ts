// Parity: deletion, restore, tags and resource policies, as real AWS answered.
import { describe, expect, it } from "vitest";
import {
  canRecreateDeletedSecret,
  creationOfSecretScheduledForDeletion,
  forceDeleteDeletedSecret,
  secretRestore,
  tagUntagResourceOnDeletedSecret,
} from "./fixtures/deletion.ts";
import { resourcePolicy } from "./fixtures/resource-policy.ts";
import { secretTags } from "./fixtures/secret-tags.ts";
import { replay } from "./replay/replay.ts";

describe("parity: deletion and restore", () => {
  it("a force-deleted name can be created again, with a new ARN suffix (test_can_recreate_delete_secret)", async () => {
    expect((await replay(canRecreateDeletedSecret)).calls).toBe(3);
  });

  it("CreateSecret with the name of a secret scheduled for deletion fails with InvalidRequestException (test_exp_raised_on_creation_of_secret_scheduled_for_deletion)", async () => {
    expect((await replay(creationOfSecretScheduledForDeletion)).calls).toBe(3);
  });

  it("a secret scheduled for deletion is still described and can be force-deleted (test_force_delete_deleted_secret)", async () => {
    expect((await replay(forceDeleteDeletedSecret)).calls).toBe(4);
  });

  it("RestoreSecret answers ARN and Name (test_secret_restore)", async () => {
    expect((await replay(secretRestore)).calls).toBe(3);
  });

  it("TagResource and UntagResource on a secret scheduled for deletion fail with InvalidRequestException (test_tag_untag_resource_on_deleted_secret)", async () => {
    expect((await replay(tagUntagResourceOnDeletedSecret)).calls).toBe(4);
  });
});

describe("parity: tags and resource policies", () => {
  it("DescribeSecret has no Tags until the first tag and Tags [] after the last is removed (test_secret_tags)", async () => {
    expect((await replay(secretTags)).calls).toBe(14);
  });

  it("GetResourcePolicy gives back the policy PutResourcePolicy stored (test_resource_policy)", async () => {
    expect((await replay(resourcePolicy)).calls).toBe(3);
  });
});
