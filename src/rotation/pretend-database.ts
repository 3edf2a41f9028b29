// The database a built-in rotation strategy changes in setSecret and tries in testSecret, as
// AWS's templates change and try a real one. An in-memory one is at hand for tests.

export interface PretendDatabase {
  /** Sets a user's password; creates the user when it does not exist (the clone, on the first alternating rotation). */
  setPassword(username: string, password: string): void | Promise<void>;
  /** Whether the user logs in with the password. */
  canLogIn(username: string, password: string): boolean | Promise<boolean>;
}

/** A database in memory: `users` maps each user to its password, and changes as the rotations run. */
export function pretendDatabase(users: Record<string, string> = {}): PretendDatabase & { readonly users: Readonly<Record<string, string>> } {
  const held = new Map(Object.entries(users));
  return {
    get users() {
      return Object.fromEntries(held);
    },
    setPassword(username, password) {
      held.set(username, password);
    },
    canLogIn(username, password) {
      return held.get(username) === password;
    },
  };
}
