// The in-process test double: the official SecretsManagerClient wired to an
// Emulator in memory, with a clock and a region the test controls.
import { SecretsManagerClient, type SecretsManagerClientConfig } from "@aws-sdk/client-secrets-manager";
import { Emulator, type EmulatorOptions } from "../emulator/emulator.ts";
import type { RotationFunctions, RotationOutcome } from "../rotation/driver.ts";
import { EmulatorRequestHandler } from "./request-handler.ts";

export interface SecretsManagerDoubleOptions {
  /** The region the client sends to; "us-east-1" by default. */
  readonly region?: string;
  /** The account the client's access key belongs to; "000000000000" by default. */
  readonly accountId?: string;
  /** The emulator's clock (epoch ms); Date.now by default. Move it with emulator.advanceTime/setTime. */
  readonly now?: () => number;
  /** Set the emulator's clock to this time (epoch ms) at the start. */
  readonly startTime?: number;
  /** Share one emulator between clients (for several regions or accounts); a new one by default. */
  readonly emulator?: Emulator;
  /** Options for a new emulator. */
  readonly emulatorOptions?: EmulatorOptions;
  /**
   * Rotation functions standing in for rotation Lambdas (one for every ARN, or a record by ARN):
   * they run in the background after RotateSecret and when a scheduled rotation comes due.
   * Await `settled()` to let them finish. Needs a new emulator (not `emulator`).
   */
  readonly rotationFunctions?: RotationFunctions;
  /** Anything else for the client; maxAttempts is 1 unless given, so that an error is answered at once. */
  readonly clientConfig?: Omit<SecretsManagerClientConfig, "requestHandler" | "region">;
}

export interface SecretsManagerDouble {
  readonly client: SecretsManagerClient;
  readonly emulator: Emulator;
  /** Resolves once no rotation is running, with the outcomes of the rotations that ended. */
  settled(): Promise<RotationOutcome[]>;
}

const FAKE_SECRET_KEY = "emulator-secret-access-key";

export function createSecretsManagerDouble(options: SecretsManagerDoubleOptions = {}): SecretsManagerDouble {
  const accountId = options.accountId ?? "000000000000";
  // An access key per account, so that the emulator files each call under it.
  const accessKeyId = `AKIDEMULATOR${accountId}`;
  if (options.emulator && options.rotationFunctions) throw new Error("rotationFunctions need a new emulator: leave out `emulator`");
  const emulator =
    options.emulator ??
    new Emulator({
      ...options.emulatorOptions,
      ...(options.rotationFunctions && { rotation: { functions: options.rotationFunctions } }),
      ...(options.now && { now: options.now }),
      accounts: { ...options.emulatorOptions?.accounts, [accessKeyId]: accountId },
      credentials: { ...options.emulatorOptions?.credentials, [accessKeyId]: FAKE_SECRET_KEY },
    });
  if (options.emulator) emulator.mapAccessKey(accessKeyId, accountId, FAKE_SECRET_KEY);
  if (options.startTime !== undefined) emulator.setTime(options.startTime);
  const client = new SecretsManagerClient({
    maxAttempts: 1,
    credentials: { accessKeyId, secretAccessKey: FAKE_SECRET_KEY },
    ...options.clientConfig,
    region: options.region ?? "us-east-1",
    requestHandler: new EmulatorRequestHandler(emulator),
  });
  return { client, emulator, settled: () => emulator.rotationsSettled() };
}
