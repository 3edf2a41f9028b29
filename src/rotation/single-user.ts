// A rotation function written after AWS's single-user rotation template
// (aws-samples/aws-secrets-manager-rotation-lambdas, SecretsManagerRotationTemplate):
// the same checks and calls, in JavaScript, against a pretend database.
import type { RotationClient } from "./client.ts";
import type { RotationEvent, RotationFunction } from "./driver.ts";

/** The database whose password the secret holds; setSecret and testSecret use it. */
export interface PretendDatabase {
  setPassword(password: string): void | Promise<void>;
  /** Whether the password logs in. */
  canLogIn(password: string): boolean | Promise<boolean>;
}

export interface SingleUserOptions {
  readonly database?: PretendDatabase;
  /** The template's EXCLUDE_CHARACTERS default. */
  readonly excludeCharacters?: string;
}

export function singleUserRotation(options: SingleUserOptions = {}): RotationFunction {
  const excludeCharacters = options.excludeCharacters ?? "/@\"'\\";

  async function createSecret(client: RotationClient, arn: string, token: string): Promise<void> {
    // Make sure the current secret exists.
    await client.getSecretValue({ SecretId: arn, VersionStage: "AWSCURRENT" });
    try {
      await client.getSecretValue({ SecretId: arn, VersionId: token, VersionStage: "AWSPENDING" });
    } catch (error) {
      if ((error as Error).name !== "ResourceNotFoundException") throw error;
      const { RandomPassword } = await client.getRandomPassword({ ExcludeCharacters: excludeCharacters });
      await client.putSecretValue({
        SecretId: arn,
        ClientRequestToken: token,
        SecretString: RandomPassword,
        VersionStages: ["AWSPENDING"],
      });
    }
  }

  async function pendingPassword(client: RotationClient, arn: string, token: string): Promise<string> {
    const pending = await client.getSecretValue({ SecretId: arn, VersionId: token, VersionStage: "AWSPENDING" });
    return pending.SecretString ?? "";
  }

  async function finishSecret(client: RotationClient, arn: string, token: string): Promise<void> {
    const metadata = await client.describeSecret({ SecretId: arn });
    let currentVersion: string | undefined;
    for (const [version, stages] of Object.entries(metadata.VersionIdsToStages ?? {})) {
      if (stages.includes("AWSCURRENT")) {
        if (version === token) return; // already marked as current
        currentVersion = version;
        break;
      }
    }
    await client.updateSecretVersionStage({
      SecretId: arn,
      VersionStage: "AWSCURRENT",
      MoveToVersionId: token,
      ...(currentVersion !== undefined && { RemoveFromVersionId: currentVersion }),
    });
  }

  return async ({ Step, SecretId: arn, ClientRequestToken: token }: RotationEvent, client: RotationClient) => {
    const metadata = await client.describeSecret({ SecretId: arn });
    if (!metadata.RotationEnabled) throw new Error(`Secret ${arn} is not enabled for rotation`);
    const versions = metadata.VersionIdsToStages ?? {};
    const stages = versions[token];
    if (stages === undefined) throw new Error(`Secret version ${token} has no stage for rotation of secret ${arn}.`);
    if (stages.includes("AWSCURRENT")) return; // already current
    if (!stages.includes("AWSPENDING")) throw new Error(`Secret version ${token} not set as AWSPENDING for rotation of secret ${arn}.`);

    switch (Step) {
      case "createSecret":
        return createSecret(client, arn, token);
      case "setSecret":
        return options.database?.setPassword(await pendingPassword(client, arn, token));
      case "testSecret": {
        if (options.database && !(await options.database.canLogIn(await pendingPassword(client, arn, token)))) {
          throw new Error(`The AWSPENDING password of ${arn} does not log in`);
        }
        return;
      }
      case "finishSecret":
        return finishSecret(client, arn, token);
    }
  };
}
