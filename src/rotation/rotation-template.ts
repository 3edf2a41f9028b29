// What every rotation template AWS publishes shares: the stage checks before any step, the four
// steps, the AWSPENDING value made in createSecret, and finishSecret moving AWSCURRENT. A strategy
// gives the new value and what setSecret and testSecret do.
// AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda-functions.html
// (aws-samples/aws-secrets-manager-rotation-lambdas: SecretsManagerRotationTemplate)
import type { RotationClient } from "./client.ts";
import { readCredentials, type Credentials, type SecretFormat } from "./credentials.ts";
import type { RotationEvent, RotationFunction } from "./driver.ts";

/** What a strategy does with the secret's versions. */
export interface Strategy {
  /** The AWSPENDING value made from the AWSCURRENT credentials and a new password. */
  pendingValue(current: Credentials, password: string): string;
  setSecret(versions: Versions): Promise<void>;
  testSecret(versions: Versions): Promise<void>;
}

/** The versions of the rotation's secret, read when a step asks for them. */
export interface Versions {
  readonly arn: string;
  current(): Promise<Credentials>;
  pending(): Promise<Credentials>;
  /** The AWSPREVIOUS credentials, or undefined when there is no such version. */
  previous(): Promise<Credentials | undefined>;
}

export interface TemplateOptions {
  readonly format?: SecretFormat;
  /** The characters GetRandomPassword leaves out (the templates' EXCLUDE_CHARACTERS). */
  readonly excludeCharacters?: string;
  /** The new password's length (the templates' PASSWORD_LENGTH; 32 by default). */
  readonly passwordLength?: number;
}

/** The templates' defaults: the database templates leave out ':' too, for connection strings. */
const EXCLUDE_FOR_JSON = ":/@\"'\\";
const EXCLUDE_FOR_PASSWORD = "/@\"'\\";

export function rotationTemplate(strategy: Strategy, options: TemplateOptions): RotationFunction {
  const format = options.format ?? "auto";

  function versionsOf(client: RotationClient, arn: string, token: string): Versions {
    const read = async (stage: string, versionId?: string): Promise<Credentials> => {
      const { SecretString } = await client.getSecretValue({ SecretId: arn, VersionStage: stage, ...(versionId !== undefined && { VersionId: versionId }) });
      return readCredentials(SecretString ?? "", format, `the ${stage} value of ${arn}`);
    };
    return {
      arn,
      current: () => read("AWSCURRENT"),
      pending: () => read("AWSPENDING", token),
      previous: () =>
        read("AWSPREVIOUS").catch((error: unknown) => {
          if ((error as Error).name === "ResourceNotFoundException") return undefined;
          throw error;
        }),
    };
  }

  async function createSecret(client: RotationClient, versions: Versions, token: string): Promise<void> {
    // Make sure the current secret exists.
    const current = await versions.current();
    try {
      await client.getSecretValue({ SecretId: versions.arn, VersionId: token, VersionStage: "AWSPENDING" });
      return;
    } catch (error) {
      if ((error as Error).name !== "ResourceNotFoundException") throw error;
    }
    const { RandomPassword } = await client.getRandomPassword({
      ExcludeCharacters: options.excludeCharacters ?? (current.format === "json" ? EXCLUDE_FOR_JSON : EXCLUDE_FOR_PASSWORD),
      ...(options.passwordLength !== undefined && { PasswordLength: options.passwordLength }),
    });
    await client.putSecretValue({
      SecretId: versions.arn,
      ClientRequestToken: token,
      SecretString: strategy.pendingValue(current, RandomPassword ?? ""),
      VersionStages: ["AWSPENDING"],
    });
  }

  return async ({ Step, SecretId: arn, ClientRequestToken: token }: RotationEvent, client: RotationClient) => {
    // Make sure the version is staged correctly.
    const metadata = await client.describeSecret({ SecretId: arn });
    if (!metadata.RotationEnabled) throw new Error(`Secret ${arn} is not enabled for rotation`);
    const stages = (metadata.VersionIdsToStages ?? {})[token];
    if (stages === undefined) throw new Error(`Secret version ${token} has no stage for rotation of secret ${arn}.`);
    if (stages.includes("AWSCURRENT")) return; // already set as AWSCURRENT
    if (!stages.includes("AWSPENDING")) throw new Error(`Secret version ${token} not set as AWSPENDING for rotation of secret ${arn}.`);

    const versions = versionsOf(client, arn, token);
    switch (Step) {
      case "createSecret":
        return createSecret(client, versions, token);
      case "setSecret":
        return strategy.setSecret(versions);
      case "testSecret":
        return strategy.testSecret(versions);
      case "finishSecret":
        return finishSecret(client, arn, token);
    }
  };
}

/** Moves AWSCURRENT to the new version; AWSPREVIOUS follows the old one. */
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
