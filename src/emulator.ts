// "./emulator": the Emulator (Secrets Manager's AWS JSON 1.1 front end over the model, in
// process) and startServer, which serves it over HTTP with the control endpoint, the state file
// and local rotation Lambdas.
export {
  type CallResult,
  Emulator,
  type EmulatorOptions,
  type EmulatorSnapshot,
  type HandledRequest,
  type OperationEvent,
  type RotationPort,
  type RotationRun,
  type RotationsStartedEvent,
  type RotationStepRun,
  type WireRequest,
  type WireResponse,
} from "./emulator/emulator.ts";
export type { KeyCredentials } from "./server/args.ts";
export { type EmulatorServer, type ServerOptions, startServer } from "./server/server.ts";
