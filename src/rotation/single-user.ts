// AWS's single-user rotation strategy: the secret's user gets a new password. A JSON secret keeps
// every other key; a bare password is replaced. After AWS's templates (aws-samples/
// aws-secrets-manager-rotation-lambdas: SecretsManagerRotationTemplate and the *SingleUser
// functions), in JavaScript, against a pretend database.
// AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotation-strategy.html#rotating-secrets-one-user-one-password
import { withPassword, type Credentials } from "./credentials.ts";
import type { RotationFunction } from "./driver.ts";
import type { PretendDatabase } from "./pretend-database.ts";
import { rotationTemplate, type TemplateOptions } from "./rotation-template.ts";

export type { PretendDatabase } from "./pretend-database.ts";

export interface SingleUserOptions extends TemplateOptions {
  /** Where setSecret sets the new password and testSecret logs in; without one they do nothing. */
  readonly database?: PretendDatabase;
  /** The database user of a secret that is a bare password (a JSON secret names its own). */
  readonly username?: string;
}

export function singleUserRotation(options: SingleUserOptions = {}): RotationFunction {
  const { database } = options;
  const userOf = (credentials: Credentials, arn: string): string => {
    const username = credentials.username ?? options.username;
    if (username === undefined) throw new Error(`username key is missing from secret JSON of ${arn}, and no username option names the user`);
    return username;
  };
  return rotationTemplate(
    {
      pendingValue: (current, password) => withPassword(current, password),
      async setSecret(versions) {
        if (database === undefined) return;
        const [previous, current, pending] = await Promise.all([versions.previous(), versions.current(), versions.pending()]);
        const user = userOf(pending, versions.arn);
        // Already set: the pending password logs in.
        if (await database.canLogIn(user, pending.password)) return;
        if (userOf(current, versions.arn) !== user) throw new Error(`Attempting to modify user ${user} other than current user ${userOf(current, versions.arn)}`);
        const loggedIn =
          (await database.canLogIn(user, current.password)) || (previous !== undefined && (await database.canLogIn(user, previous.password)));
        if (!loggedIn) throw new Error(`Unable to log into database with previous, current, or pending secret of secret arn ${versions.arn}`);
        await database.setPassword(user, pending.password);
      },
      async testSecret(versions) {
        if (database === undefined) return;
        const pending = await versions.pending();
        if (!(await database.canLogIn(userOf(pending, versions.arn), pending.password))) {
          throw new Error(`Unable to log into database with pending secret of secret ARN ${versions.arn}`);
        }
      },
    },
    options,
  );
}
