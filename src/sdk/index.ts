// The in-process Secrets Manager double for @aws-sdk/client-secrets-manager.
export { createSecretsManagerDouble, type SecretsManagerDouble, type SecretsManagerDoubleOptions } from "./double.ts";
export { EmulatorRequestHandler, toWireRequest, type SdkHttpRequest, type SdkHttpResponse } from "./request-handler.ts";
export { Emulator, type EmulatorOptions, type EmulatorSnapshot, type WireRequest, type WireResponse } from "../emulator/emulator.ts";
