// AWS's alternating-users rotation strategy: each rotation changes the password of the user that
// is not in use, so the credentials of AWSPREVIOUS keep working. The first rotation clones the
// user as <user>_clone; after it, the secret's username switches between <user> and <user>_clone.
// After AWS's *MultiUser templates (aws-samples/aws-secrets-manager-rotation-lambdas,
// SecretsManagerRDSPostgreSQLRotationMultiUser), in JavaScript, against a pretend database that
// stands in for the superuser the templates log in with.
// AWS doc: https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotation-strategy.html#rotating-secrets-two-users
import { withPassword, type Credentials } from "./credentials.ts";
import type { RotationFunction } from "./driver.ts";
import type { PretendDatabase } from "./pretend-database.ts";
import { rotationTemplate, type TemplateOptions, type Versions } from "./rotation-template.ts";

export interface AlternatingUsersOptions extends TemplateOptions {
  /** Where setSecret sets the password (creating the clone) and testSecret logs in; without one they do nothing. */
  readonly database?: PretendDatabase;
  /**
   * The first user of a secret that is a bare password. Such a secret holds the password of the
   * user in use; which one that is, the database tells (the one its AWSCURRENT password logs in as).
   */
  readonly username?: string;
}

const CLONE_SUFFIX = "_clone";

/** The other user: <user>_clone for <user>, and back. */
export function alternateUsername(username: string): string {
  return username.endsWith(CLONE_SUFFIX) ? username.slice(0, -CLONE_SUFFIX.length) : username + CLONE_SUFFIX;
}

export function alternatingUsersRotation(options: AlternatingUsersOptions = {}): RotationFunction {
  const { database } = options;

  /** The user whose credentials `credentials` are; for a bare password, the one it logs in as. */
  async function userOf(credentials: Credentials, versions: Versions, db: PretendDatabase): Promise<string | undefined> {
    if (credentials.username !== undefined) return credentials.username;
    const first = options.username;
    if (first === undefined) throw new Error(`username key is missing from secret JSON of ${versions.arn}, and no username option names the user`);
    for (const user of [first, alternateUsername(first)]) if (await db.canLogIn(user, credentials.password)) return user;
    return undefined;
  }

  return rotationTemplate(
    {
      pendingValue(current, password) {
        if (current.format === "password") return password;
        if (current.username === undefined) throw new Error("username key is missing from secret JSON");
        return withPassword(current, password, alternateUsername(current.username));
      },
      async setSecret(versions) {
        if (database === undefined) return;
        const [current, pending] = await Promise.all([versions.current(), versions.pending()]);
        const currentUser = await userOf(current, versions, database);
        if (currentUser === undefined) throw new Error(`Unable to log into database using current credentials for secret ${versions.arn}`);
        const pendingUser = pending.username ?? alternateUsername(currentUser);
        // Already set: the pending password logs in.
        if (await database.canLogIn(pendingUser, pending.password)) return;
        if (alternateUsername(currentUser) !== pendingUser) {
          throw new Error(`Attempting to modify user ${pendingUser} other than current user or clone ${currentUser}`);
        }
        if (!(await database.canLogIn(currentUser, current.password))) {
          throw new Error(`Unable to log into database using current credentials for secret ${versions.arn}`);
        }
        await database.setPassword(pendingUser, pending.password);
      },
      async testSecret(versions) {
        if (database === undefined) return;
        const pending = await versions.pending();
        const user = await userOf(pending, versions, database);
        if (user === undefined || !(await database.canLogIn(user, pending.password))) {
          throw new Error(`Unable to log into database with pending secret of secret ARN ${versions.arn}`);
        }
      },
    },
    options,
  );
}
