// Finding a secret from a SecretId: a name, a full ARN, or a partial ARN.
// AWS doc: "Finding a secret from a partial ARN"; docs/semantics/identifiers.md#secretid-forms.
import type { AwsError } from "../errors/codes.ts";
import { isAwsError } from "../errors/result.ts";
import { invalidName, markedForDeletion, secretNotFound } from "../errors/errors.ts";
import { secretArnPrefix } from "../model/arn.ts";
import type { Context } from "../model/context.ts";
import type { Secret } from "../model/secret.ts";
import { tableGet } from "../model/secret-table.ts";
import type { State } from "../model/state.ts";
import { isArn, isValidSecretId } from "../validate/names.ts";

/** A trailing "-" and six characters: the shape of the random ARN suffix. */
const ARN_SUFFIX = /-[A-Za-z0-9]{6}$/;

export function lookupByName(state: State, region: string, name: string): Secret | undefined {
  // The regions dict has no prototype: a plain read finds own members only.
  const regionState = state.regions[region];
  return regionState && tableGet(regionState.secrets, name);
}

function lookupByArn(state: State, region: string, arn: string): Secret | undefined {
  const prefix = secretArnPrefix(state.partition, region, state.accountId);
  if (!arn.startsWith(prefix)) return undefined;
  const resource = arn.slice(prefix.length);
  // Observed: when the last segment looks like a suffix the id is taken as a
  // full ARN, so a partial ARN of a name ending in "-a1b2c3" is not found.
  if (ARN_SUFFIX.test(resource)) {
    const secret = lookupByName(state, region, resource.slice(0, -7));
    return secret?.ARN === arn ? secret : undefined;
  }
  return lookupByName(state, region, resource);
}

/** The secret a SecretId names in the request's region, undefined for none, or the "Invalid name" error. */
function lookupSecretId(state: State, context: Context, secretId: string): Secret | undefined | AwsError {
  if (!isValidSecretId(secretId)) return invalidName();
  return isArn(secretId) ? lookupByArn(state, context.region, secretId) : lookupByName(state, context.region, secretId);
}

/** The secret a SecretId names in the request's region, whatever its deletion state. */
export function findSecret(state: State, context: Context, secretId: string): Secret | AwsError {
  return lookupSecretId(state, context, secretId) ?? secretNotFound();
}

/** As findSecret, refusing a secret scheduled for deletion (docs/semantics/deletion.md#the-marked-for-deletion-refusal). */
export function findActiveSecret(state: State, context: Context, secretId: string): Secret | AwsError {
  const found = lookupSecretId(state, context, secretId);
  if (found === undefined) return secretNotFound();
  return isAwsError(found) || found.DeletedDate === undefined ? found : markedForDeletion();
}
