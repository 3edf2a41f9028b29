// RotateSecret
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RotateSecret.html
import { lambdaNotInvocable, missingClientRequestToken, noRotationLambda } from "../errors/errors.ts";
import { failure, success, type Result } from "../errors/result.ts";
import type { Context } from "../model/context.ts";
import type { VersionId } from "../model/ids.ts";
import type { RotationRules } from "../model/secret.ts";
import type { State } from "../model/state.ts";
import { findWritableSecret } from "../rules/replication-guard.ts";
import { rotationBlocked, startRotation } from "../rules/rotation-start.ts";
import { nextRotationDate } from "../rules/schedule-next.ts";
import { checkRotationRules } from "../rules/schedule-rules.ts";
import { writeSecret } from "../rules/write-secret.ts";
import { lengthBetween, matches, rangeBetween, violationsError } from "../validate/constraints.ts";
import { secretIdViolations, tokenViolations } from "../validate/common.ts";
import { isAwsError } from "../validate/secret-value.ts";

export interface RotateSecretRequest {
  readonly SecretId: string;
  readonly ClientRequestToken?: string;
  readonly RotationLambdaARN?: string;
  readonly RotationRules?: RotationRules;
  /** Default true. */
  readonly RotateImmediately?: boolean;
}

export interface RotateSecretResponse {
  readonly ARN: string;
  readonly Name: string;
  /** The version the rotation creates: the ClientRequestToken. */
  readonly VersionId: string;
}

function rulesViolations(rules: RotationRules | undefined) {
  return [
    rangeBetween("rotationRules.automaticallyAfterDays", rules?.AutomaticallyAfterDays, 1, 1000),
    lengthBetween("rotationRules.scheduleExpression", rules?.ScheduleExpression, 1, 256),
    matches("rotationRules.scheduleExpression", rules?.ScheduleExpression, /^[0-9A-Za-z\(\)#\?\*\-\/, ]+$/),
    lengthBetween("rotationRules.duration", rules?.Duration, 2, 3),
    matches("rotationRules.duration", rules?.Duration, /^[0-9h]+$/),
  ];
}

/** The rules as stored: only the members given. */
function storedRules(rules: RotationRules): RotationRules {
  return {
    ...(rules.AutomaticallyAfterDays !== undefined && { AutomaticallyAfterDays: rules.AutomaticallyAfterDays }),
    ...(rules.ScheduleExpression !== undefined && { ScheduleExpression: rules.ScheduleExpression }),
    ...(rules.Duration !== undefined && { Duration: rules.Duration }),
  };
}

export function rotateSecret(state: State, request: RotateSecretRequest, context: Context): Result<RotateSecretResponse> {
  // 1. Validate.
  const invalid = violationsError([
    ...secretIdViolations(request.SecretId),
    ...tokenViolations(request.ClientRequestToken),
    lengthBetween("rotationLambdaARN", request.RotationLambdaARN, 0, 2048),
    ...rulesViolations(request.RotationRules),
  ]);
  if (invalid) return failure(state, invalid);
  // Observed: InvalidParameterException here, where other operations answer InvalidRequestException.
  if (request.ClientRequestToken === undefined) {
    return failure(state, missingClientRequestToken("InvalidParameterException"));
  }
  const secret = findWritableSecret(state, context, request.SecretId);
  if (isAwsError(secret)) return failure(state, secret);

  // 2. Decide. Members not given keep their stored values (docs/semantics/rotation.md#the-stored-configuration-is-reused).
  if (request.RotationRules !== undefined) {
    const checked = checkRotationRules(request.RotationRules, context.now);
    if (isAwsError(checked)) return failure(state, checked);
  }
  const given = request.RotationRules && storedRules(request.RotationRules);
  const rules = given && Object.keys(given).length > 0 ? given : secret.RotationRules;
  const lambdaArn = request.RotationLambdaARN || secret.RotationLambdaARN;
  if (!lambdaArn) return failure(state, noRotationLambda());
  // Observed: a Lambda that cannot be invoked fails the call and nothing is saved.
  if (context.invocableLambdaArns !== undefined && !context.invocableLambdaArns.includes(lambdaArn)) {
    return failure(state, lambdaNotInvocable());
  }
  const token = request.ClientRequestToken as VersionId;
  const blocked = rotationBlocked(secret, token);
  if (blocked) return failure(state, blocked);
  const nextDate = nextRotationDate(rules, context.now);

  // 3. Apply: the configuration, then the AWSPENDING version before any step runs.
  const next = writeSecret(state, context.region, secret.Name, context.now, (draft) => {
    draft.RotationEnabled = true;
    draft.RotationLambdaARN = lambdaArn;
    if (rules) draft.RotationRules = rules;
    if (nextDate === undefined) delete draft.NextRotationDate;
    else draft.NextRotationDate = nextDate;
    draft.LastChangedDate = context.now;
    const kind = request.RotateImmediately === false ? "test" : "rotate";
    startRotation(draft, { token, lambdaArn, kind, now: context.now });
  });
  if (isAwsError(next)) return failure(state, next);

  // 4. Return.
  return success(next, { ARN: secret.ARN, Name: secret.Name, VersionId: token });
}
