// The public surface: the pure core and the helpers for tests.
export * from "./core/index.ts";
export { Driver, arnSuffixFor, tokenFor, type DriverOptions } from "./testing/driver.ts";
export {
  RotationClientError,
  rotationClient,
  stateHost,
  type RotationClient,
  type RotationHost,
} from "./rotation/client.ts";
export {
  runRotation,
  runRotations,
  type RotationEvent,
  type RotationFunction,
  type RotationFunctions,
  type RotationOutcome,
} from "./rotation/driver.ts";
export { singleUserRotation, type PretendDatabase, type SingleUserOptions } from "./rotation/single-user.ts";
export {
  Emulator,
  type CallResult,
  type EmulatorOptions,
  type EmulatorSnapshot,
  type OperationEvent,
  type RotationsStartedEvent,
  type WireRequest,
  type WireResponse,
} from "./emulator/emulator.ts";
export { stateFromJson, stateToJson } from "./core/model/state-json.ts";
