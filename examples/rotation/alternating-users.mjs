// An alternating-users rotation function for Secrets Manager in JavaScript, in the shape of AWS's
// multi-user rotation templates (aws-samples/aws-secrets-manager-rotation-lambdas:
// SecretsManagerRDSPostgreSQLRotationMultiUser and the other *MultiUser functions), with
// @aws-sdk/client-secrets-manager. The same in Python: alternating_users.py.
// Each rotation changes the password of the user that is not in use, so the credentials of
// AWSPREVIOUS keep working. The first rotation clones the user as <user>_clone; after it, the
// secret's username switches between <user> and <user>_clone.
// AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotation-strategy.html
//
// With the emulator:
//   npm start -- --lambda arn:aws:lambda:us-east-1:000000000000:function:alternating-users=examples/rotation/alternating-users.mjs
//
// The secret is a JSON object with "username" and "password"; every other key is kept. AWS's
// templates log in with a superuser whose secret "masterarn" names; the pretend database needs
// none: when the secret's "host" names a .json file, that file maps each user to its password
// ({"app": "..."}); setSecret creates the clone or changes its password there, and testSecret logs
// in by comparing. With any other host, or none, setSecret and testSecret only log what a real
// function would do.
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

const CLONE_SUFFIX = "_clone";

export async function handler(event) {
  const { SecretId: arn, ClientRequestToken: token, Step: step } = event;
  // Lambda (and the emulator) set AWS_ENDPOINT_URL and AWS_REGION, which the SDK reads.
  const client = new SecretsManagerClient({});

  // The version must be the one this rotation made, and still pending.
  const metadata = await client.send(new DescribeSecretCommand({ SecretId: arn }));
  if (!metadata.RotationEnabled) throw new Error(`Secret ${arn} is not enabled for rotation`);
  const stages = metadata.VersionIdsToStages ?? {};
  if (!(token in stages)) throw new Error(`Secret version ${token} has no stage for rotation of secret ${arn}.`);
  if (stages[token].includes("AWSCURRENT")) {
    console.log(`Secret version ${token} already set as AWSCURRENT for secret ${arn}.`);
    return;
  }
  if (!stages[token].includes("AWSPENDING")) {
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
      throw new Error(`Invalid step parameter ${step} for secret ${arn}`);
  }
}

/** The other user: <user>_clone for <user>, and back. */
export function alternate(username) {
  return username.endsWith(CLONE_SUFFIX) ? username.slice(0, -CLONE_SUFFIX.length) : username + CLONE_SUFFIX;
}

/** Stores the other user with a new password as the AWSPENDING version, unless it is there. */
async function createSecret(client, arn, token) {
  const current = await read(client, arn, "AWSCURRENT");
  try {
    await read(client, arn, "AWSPENDING", token);
    console.log(`createSecret: the AWSPENDING version of ${arn} is there already.`);
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const { RandomPassword } = await client.send(new GetRandomPasswordCommand({ ExcludeCharacters: process.env.EXCLUDE_CHARACTERS ?? ":/@\"'\\" }));
  const pending = { ...current, username: alternate(current.username), password: RandomPassword };
  await client.send(
    new PutSecretValueCommand({ SecretId: arn, ClientRequestToken: token, SecretString: JSON.stringify(pending), VersionStages: ["AWSPENDING"] }),
  );
  console.log(`createSecret: put ${pending.username} with a new password for ${arn} as version ${token}.`);
}

/** Sets the AWSPENDING password for the other user, creating it the first time. */
async function setSecret(client, arn, token) {
  const current = await read(client, arn, "AWSCURRENT");
  const pending = await read(client, arn, "AWSPENDING", token);
  const database = databaseOf(pending);
  if (database === undefined) {
    console.log(`setSecret: ${pending.username} would get the AWSPENDING password of ${arn} in the database here.`);
    return;
  }
  if (canLogIn(database, pending)) {
    console.log(`setSecret: the AWSPENDING password of ${arn} is set already.`);
    return;
  }
  if (alternate(current.username) !== pending.username) {
    throw new Error(`Attempting to modify user ${pending.username} other than current user or clone ${current.username}`);
  }
  // The user in use must log in, so that a rotation cannot be turned against another user.
  if (!canLogIn(database, current)) throw new Error(`Unable to log into database using current credentials for secret ${arn}`);
  setPassword(database, pending.username, pending.password);
  console.log(`setSecret: set the password of ${pending.username} in ${database}.`);
}

/** Logs in with the AWSPENDING credentials. */
async function testSecret(client, arn, token) {
  const pending = await read(client, arn, "AWSPENDING", token);
  const database = databaseOf(pending);
  if (database === undefined) {
    console.log(`testSecret: the AWSPENDING credentials of ${arn} would be tried against the database here.`);
    return;
  }
  if (!canLogIn(database, pending)) throw new Error(`Unable to log into database with pending secret of secret ARN ${arn}`);
  console.log(`testSecret: ${pending.username} logs in with the AWSPENDING password.`);
}

/** Moves AWSCURRENT to the new version; AWSPREVIOUS follows the old one. */
async function finishSecret(client, arn, token) {
  const metadata = await client.send(new DescribeSecretCommand({ SecretId: arn }));
  const current = Object.entries(metadata.VersionIdsToStages ?? {}).find(([, stages]) => stages.includes("AWSCURRENT"))?.[0];
  if (current === token) {
    console.log(`finishSecret: version ${token} of ${arn} is AWSCURRENT already.`);
    return;
  }
  await client.send(new UpdateSecretVersionStageCommand({ SecretId: arn, VersionStage: "AWSCURRENT", MoveToVersionId: token, RemoveFromVersionId: current }));
  console.log(`finishSecret: version ${token} of ${arn} is now AWSCURRENT.`);
}

/** A version's credentials; a value that is not a JSON object with username and password fails the step. */
async function read(client, arn, stage, token) {
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: arn, VersionStage: stage, ...(token && { VersionId: token }) }));
  const secret = JSON.parse(SecretString ?? "");
  for (const key of ["username", "password"]) {
    if (secret === null || typeof secret !== "object" || typeof secret[key] !== "string") throw new Error(`${key} key is missing from secret JSON`);
  }
  return secret;
}

// The pretend database: a JSON file of users and their passwords.

function databaseOf(secret) {
  return typeof secret.host === "string" && secret.host.endsWith(".json") ? secret.host : undefined;
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
