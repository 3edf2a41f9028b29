// A single-user rotation function for Secrets Manager in JavaScript, in the shape of AWS's
// rotation templates (aws-samples/aws-secrets-manager-rotation-lambdas:
// SecretsManagerRotationTemplate and the *SingleUser functions), with
// @aws-sdk/client-secrets-manager. The same in Python: single_user.py.
// AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_lambda-functions.html
//
// With the emulator:
//   npm start -- --lambda arn:aws:lambda:us-east-1:000000000000:function:single-user=examples/rotation/single-user.mjs
//   AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 \
//   aws --endpoint-url http://127.0.0.1:4599 secretsmanager rotate-secret --secret-id demo \
//     --rotation-lambda-arn arn:aws:lambda:us-east-1:000000000000:function:single-user
//
// The secret is a JSON object with "username" and "password" (every other key is kept as it is),
// or a bare password. The database is a pretend one: when the secret's "host" names a .json file,
// that file maps each user to its password ({"app": "..."}); setSecret changes the password there
// and testSecret logs in by comparing. With any other host, or none, setSecret and testSecret only
// log what a real function would do.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
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

/** Stores a new password as the AWSPENDING version, unless this rotation has stored it already. */
async function createSecret(client, arn, token) {
  const current = await read(client, arn, "AWSCURRENT");
  try {
    await read(client, arn, "AWSPENDING", token);
    console.log(`createSecret: the AWSPENDING version of ${arn} is there already.`);
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const json = typeof current === "object";
  const excludeCharacters = process.env.EXCLUDE_CHARACTERS ?? (json ? ":/@\"'\\" : "/@\"'\\");
  const { RandomPassword } = await client.send(new GetRandomPasswordCommand({ ExcludeCharacters: excludeCharacters }));
  await client.send(
    new PutSecretValueCommand({
      SecretId: arn,
      ClientRequestToken: token,
      SecretString: json ? JSON.stringify({ ...current, password: RandomPassword }) : RandomPassword,
      VersionStages: ["AWSPENDING"],
    }),
  );
  console.log(`createSecret: put a new password for ${arn} as version ${token}.`);
}

/** Sets the AWSPENDING password for the user, logging in with a password that works now. */
async function setSecret(client, arn, token) {
  const pending = await read(client, arn, "AWSPENDING", token);
  const database = databaseOf(pending);
  if (database === undefined) {
    console.log(`setSecret: the AWSPENDING password of ${arn} would be set in the database here.`);
    return;
  }
  if (canLogIn(database, pending)) {
    console.log(`setSecret: the AWSPENDING password of ${arn} is set already.`);
    return;
  }
  const current = await read(client, arn, "AWSCURRENT");
  if (current.username !== pending.username) {
    throw new Error(`Attempting to modify user ${pending.username} other than current user ${current.username}`);
  }
  const previous = await read(client, arn, "AWSPREVIOUS").catch((error) => {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  });
  if (!canLogIn(database, current) && !(previous && canLogIn(database, previous))) {
    throw new Error(`Unable to log into database with previous, current, or pending secret of secret arn ${arn}`);
  }
  setPassword(database, pending.username, pending.password);
  console.log(`setSecret: set the password of ${pending.username} in ${database}.`);
}

/** Logs in with the AWSPENDING password. */
async function testSecret(client, arn, token) {
  const pending = await read(client, arn, "AWSPENDING", token);
  const database = databaseOf(pending);
  if (database === undefined) {
    console.log(`testSecret: the AWSPENDING password of ${arn} would be tried against the database here.`);
    return;
  }
  if (!canLogIn(database, pending)) throw new Error(`Unable to log into database with pending secret of secret ARN ${arn}`);
  console.log(`testSecret: ${pending.username} logs in with the AWSPENDING password.`);
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

/** A version's value: the JSON object, or the bare password. */
async function read(client, arn, stage, token) {
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: arn, VersionStage: stage, ...(token && { VersionId: token }) }));
  try {
    const value = JSON.parse(SecretString ?? "");
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return value;
  } catch {
    // Not JSON: the secret is the password itself.
  }
  return SecretString ?? "";
}

// The pretend database: a JSON file of users and their passwords.

function databaseOf(secret) {
  const host = typeof secret === "object" ? secret.host : undefined;
  return typeof host === "string" && host.endsWith(".json") ? host : undefined;
}

function canLogIn(database, secret) {
  return JSON.parse(readFileSync(database, "utf8"))[secret.username] === secret.password;
}

function setPassword(database, username, password) {
  const users = JSON.parse(readFileSync(database, "utf8"));
  users[username] = password;
  writeFileSync(`${database}.tmp`, JSON.stringify(users));
  renameSync(`${database}.tmp`, database);
}
