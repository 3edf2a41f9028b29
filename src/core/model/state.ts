import { secretArnOf } from "./arn.ts";
import { emptyDict, type Dict } from "./dict.ts";
import type { SecretArn, SecretName } from "./ids.ts";
import type { SecretTable } from "./secret-table.ts";

/** The secrets of one region. */
export interface RegionState {
  readonly secrets: SecretTable;
}

/** Every secret of one AWS account, across regions. */
export interface State {
  readonly accountId: string;
  readonly partition: string;
  readonly regions: Dict<RegionState>;
}

export function emptyState(accountId = "123456789012", partition = "aws"): State {
  return { accountId, partition, regions: emptyDict() };
}

export function secretArn(
  state: State,
  region: string,
  name: SecretName,
  suffix: string,
): SecretArn {
  return secretArnOf(state.partition, region, state.accountId, name, suffix);
}
