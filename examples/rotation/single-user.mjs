// A single-user rotation function for Secrets Manager, after AWS's published template
// (aws-samples/aws-secrets-manager-rotation-lambdas: SecretsManagerRotationTemplate and the
// *SingleUser functions), in JavaScript with @aws-sdk/client-secrets-manager.
// AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda-functions.html
//
// With the emulator:
//   npm start -- --lambda arn:aws:lambda:us-east-1:000000000000:function:single-user=examples/rotation/single-user.mjs
//   AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 \
//   aws --endpoint-url http://127.0.0.1:4599 secretsmanager rotate-secret --secret-id demo \
//     --rotation-lambda-arn arn:aws:lambda:us-east-1:000000000000:function:single-user
//
// The secret holds either a password or a JSON object with a "password" member (as the database
// templates expect); only the password changes.
import {
  DescribeSecretCommand,
  GetRandomPasswordCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from "@aws-sdk/client-secrets-manager";

export async function handler(event) {
  const { SecretId: arn, ClientRequestToken: token, Step: step } = event;
  // Created per call: Lambda (and the emulator) set AWS_ENDPOINT_URL and AWS_REGION in the
  // environment, which the SDK reads when the client is made.
  const client = new SecretsManagerClient({});

  // Make sure the version is staged correctly.
  const metadata = await client.send(new DescribeSecretCommand({ SecretId: arn }));
  if (!metadata.RotationEnabled) throw new Error(`Secret ${arn} is not enabled for rotation`);
  const versions = metadata.VersionIdsToStages ?? {};
  if (!(token in versions)) throw new Error(`Secret version ${token} has no stage for rotation of secret ${arn}.`);
  if (versions[token].includes("AWSCURRENT")) {
    console.log(`Secret version ${token} already set as AWSCURRENT for secret ${arn}.`);
    return;
  }
  if (!versions[token].includes("AWSPENDING")) {
    throw new Error(`Secret version ${token} not set as AWSPENDING for rotation of secret ${arn}.`);
  }

  switch (step) {
    case "createSecret":
      return createSecret(client, arn, token);
    case "setSecret":
      return setSecret(client, arn, token);
    case "testSecret":
      return testSecret(client, arn, token);
    case "finishSecret":
      return finishSecret(client, arn, token);
    default:
      throw new Error(`Invalid step parameter ${step}`);
  }
}

/** Generates a new password and stores it as the AWSPENDING version, unless that exists. */
async function createSecret(client, arn, token) {
  const current = await client.send(new GetSecretValueCommand({ SecretId: arn, VersionStage: "AWSCURRENT" }));
  try {
    await client.send(new GetSecretValueCommand({ SecretId: arn, VersionId: token, VersionStage: "AWSPENDING" }));
    console.log(`createSecret: Successfully retrieved secret for ${arn}.`);
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const excludeCharacters = process.env.EXCLUDE_CHARACTERS ?? "/@\"'\\";
  const { RandomPassword } = await client.send(new GetRandomPasswordCommand({ ExcludeCharacters: excludeCharacters }));
  await client.send(
    new PutSecretValueCommand({
      SecretId: arn,
      ClientRequestToken: token,
      SecretString: withPassword(current.SecretString ?? "", RandomPassword),
      VersionStages: ["AWSPENDING"],
    }),
  );
  console.log(`createSecret: Successfully put secret for ARN ${arn} and version ${token}.`);
}

/** Sets the AWSPENDING password in the database. Here: where a real function logs in and sets it. */
async function setSecret(client, arn, token) {
  await client.send(new GetSecretValueCommand({ SecretId: arn, VersionId: token, VersionStage: "AWSPENDING" }));
  console.log(`setSecret: the AWSPENDING password of ${arn} would be set in the database here.`);
}

/** Tests that the AWSPENDING password works. Here: where a real function logs in with it. */
async function testSecret(client, arn, token) {
  const pending = await client.send(new GetSecretValueCommand({ SecretId: arn, VersionId: token, VersionStage: "AWSPENDING" }));
  if (!pending.SecretString) throw new Error(`testSecret: the AWSPENDING version of ${arn} holds no password`);
  console.log(`testSecret: the AWSPENDING password of ${arn} would be tried against the database here.`);
}

/** Moves AWSCURRENT to the new version (AWSPREVIOUS follows the old one). */
async function finishSecret(client, arn, token) {
  const metadata = await client.send(new DescribeSecretCommand({ SecretId: arn }));
  let currentVersion;
  for (const [version, stages] of Object.entries(metadata.VersionIdsToStages ?? {})) {
    if (stages.includes("AWSCURRENT")) {
      if (version === token) {
        console.log(`finishSecret: Version ${version} already marked as AWSCURRENT for ${arn}`);
        return;
      }
      currentVersion = version;
      break;
    }
  }
  await client.send(
    new UpdateSecretVersionStageCommand({
      SecretId: arn,
      VersionStage: "AWSCURRENT",
      MoveToVersionId: token,
      RemoveFromVersionId: currentVersion,
    }),
  );
  console.log(`finishSecret: Successfully set AWSCURRENT stage to version ${token} for secret ${arn}.`);
}

function withPassword(current, password) {
  try {
    const value = JSON.parse(current);
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return JSON.stringify({ ...value, password });
  } catch {
    // Not JSON: the secret is the password itself.
  }
  return password;
}
