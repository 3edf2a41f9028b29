// Parity: staging labels, as real AWS moved them in the recorded scenarios.
import { describe, expect, it } from "vitest";
import { customStages1, customStages2, customStages3 } from "./fixtures/current-pending-cycle-custom-stages.ts";
import { currentPendingCycle } from "./fixtures/current-pending-cycle.ts";
import { deprecatedSecretVersionStage } from "./fixtures/deprecated-secret-version-stage.ts";
import { nonVersioningNoReplacement, nonVersioningReplacement } from "./fixtures/non-versioning-version-stages.ts";
import { putSecretValueWithVersionStages } from "./fixtures/put-secret-value-with-version-stages.ts";
import type { Scenario } from "./fixtures/refs.ts";
import {
  updateSecretVersionStagesCurrentPending,
  updateSecretVersionStagesCurrentPrevious,
  updateSecretVersionStagesReturnType,
} from "./fixtures/update-secret-version-stages.ts";
import { replay } from "./replay/replay.ts";

/** Replays a scenario; every recorded call must have been made. */
async function replays(scenario: Scenario): Promise<void> {
  expect((await replay(scenario)).calls).toBe(scenario.steps.length);
}

describe("parity: staging labels", () => {
  it("PutSecretValue with custom labels or AWSPENDING leaves AWSCURRENT where it was (test_put_secret_value_with_version_stages)", async () => {
    await replays(putSecretValueWithVersionStages);
  });

  it("UpdateSecretVersionStage answers with ARN and Name only (test_update_secret_version_stages_return_type)", async () => {
    await replays(updateSecretVersionStagesReturnType);
  });

  it("UpdateSecret with a new value gives the old version AWSPREVIOUS (test_update_secret_version_stages_current_previous)", async () => {
    await replays(updateSecretVersionStagesCurrentPrevious);
  });

  it("a new value takes AWSPENDING off the old current version (test_update_secret_version_stages_current_pending)", async () => {
    await replays(updateSecretVersionStagesCurrentPending);
  });

  it("moving AWSCURRENT onto the AWSPENDING version keeps AWSPENDING there (test_update_secret_version_stages_current_pending_cycle)", async () => {
    await replays(currentPendingCycle);
  });

  it("moving AWSCURRENT leaves custom labels on both versions (…_current_pending_cycle_custom_stages_1)", async () => {
    await replays(customStages1);
  });

  it("an explicit AWSCURRENT in PutSecretValue moves AWSPREVIOUS too (…_current_pending_cycle_custom_stages_2)", async () => {
    await replays(customStages2);
  });

  it("RemoveFromVersionId alone takes a custom label off (…_current_pending_cycle_custom_stages_3)", async () => {
    await replays(customStages3);
  });

  it("PutSecretValue takes every named label from its old version (test_non_versioning_version_stages_replacement)", async () => {
    await replays(nonVersioningReplacement);
  });

  it("PutSecretValue leaves labels it does not name on the old version (test_non_versioning_version_stages_no_replacement)", async () => {
    await replays(nonVersioningNoReplacement);
  });

  it("a version without labels is listed only with IncludeDeprecated (test_deprecated_secret_version_stage)", async () => {
    await replays(deprecatedSecretVersionStage);
  });
});
