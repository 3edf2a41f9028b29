// Running a rotation's steps to the end inside a synchronous sequence of calls:
// a rotation function after AWS's single-user template, reduced to the calls
// that change the secret (createSecret fills AWSPENDING, finishSecret moves
// AWSCURRENT); setSecret and testSecret succeed. `fails` makes every step fail.
import {
  AWSCURRENT,
  AWSPENDING,
  Driver,
  getOwn,
  nextRotationStep,
  recordRotationStep,
  tableSecrets,
} from "../../src/index.ts";

function runStep(driver: Driver, secretArn: string, step: { Step: string; ClientRequestToken: string }): boolean {
  const token = step.ClientRequestToken;
  if (step.Step === "createSecret") {
    const pending = driver.call("GetSecretValue", { SecretId: secretArn, VersionId: token, VersionStage: AWSPENDING });
    if (pending.ok) return true;
    return driver.call("PutSecretValue", {
      SecretId: secretArn,
      ClientRequestToken: token,
      SecretString: `rotated-${token.slice(-4)}`,
      VersionStages: [AWSPENDING],
    }).ok;
  }
  if (step.Step === "finishSecret") {
    const described = driver.call("DescribeSecret", { SecretId: secretArn });
    const stages = described.ok ? (described.response.VersionIdsToStages ?? {}) : {};
    const current = Object.keys(stages).find((id) => stages[id]!.includes(AWSCURRENT));
    if (current === token) return true;
    return driver.call("UpdateSecretVersionStage", {
      SecretId: secretArn,
      VersionStage: AWSCURRENT,
      MoveToVersionId: token,
      ...(current !== undefined && { RemoveFromVersionId: current }),
    }).ok;
  }
  return true;
}

/** Runs every step left of the rotation of the named secret (in the driver's region), if one is running. */
export function runRotationSteps(driver: Driver, name: string, fails: boolean): void {
  const region = getOwn(driver.state.regions, driver.region);
  const secret = region && [...tableSecrets(region.secrets)].find((s) => s.Name === name);
  if (secret === undefined) return;
  for (let step = nextRotationStep(driver.state, secret.ARN); step; step = nextRotationStep(driver.state, secret.ARN)) {
    const ok = !fails && runStep(driver, secret.ARN, step);
    driver.state = recordRotationStep(driver.state, step, ok, driver.now).state;
  }
}
