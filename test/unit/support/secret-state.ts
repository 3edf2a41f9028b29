// Builds states that other operations would make (DeleteSecret, RotateSecret),
// by editing the state directly, so that these tests depend only on the write path.
import { produce, type Draft } from "immer";
import { AWSPENDING, DAY_MS, getOwn, tableGet, type Secret, type State, type VersionId } from "../../../src/index.ts";
import type { Driver } from "../../../src/index.ts";
import type { SecretTable } from "../../../src/core/model/secret-table.ts";
import { SecretEdit } from "../../../src/core/store/secret-edit.ts";
import { writeSecret } from "../../../src/core/store/secret-writes.ts";

/** The stored secret of a name in the driver's region. */
export function secretOf(driver: Driver, name: string): Secret {
  const region = getOwn(driver.state.regions, driver.region);
  const secret = region && tableGet(region.secrets, name);
  if (secret === undefined) throw new Error(`no secret ${name}`);
  return secret;
}

/** Changes one secret in place of the driver's state, outside any operation. */
export function editSecret(driver: Driver, name: string, recipe: (secret: Draft<Secret>) => void): State {
  driver.state = produce(driver.state, (draft) => {
    const table = draft.regions[driver.region]!.secrets as unknown as SecretTable;
    const secret = tableGet(table, name) as Draft<Secret> | undefined;
    if (secret === undefined) throw new Error(`no secret ${name}`);
    recipe(secret);
  });
  return driver.state;
}

/** What DeleteSecret with a recovery window leaves behind. */
export function scheduleDeletion(driver: Driver, name: string): State {
  return editSecret(driver, name, (secret) => {
    secret.DeletedDate = driver.now;
    secret.DeletionDate = driver.now + 30 * DAY_MS;
  });
}

/** What RotateSecret leaves behind: a value-less version labelled AWSPENDING. */
export function addPendingStub(driver: Driver, name: string, versionId: string): State {
  const edit = new SecretEdit(secretOf(driver, name));
  edit.addVersion(versionId as VersionId, undefined, driver.now);
  edit.labels.attach(AWSPENDING, versionId as VersionId);
  const change = edit.finish(driver.now);
  if ("code" in change) throw new Error(change.message);
  driver.state = writeSecret(driver.state, driver.region, name, change);
  return driver.state;
}
