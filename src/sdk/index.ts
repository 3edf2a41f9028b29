// "./sdk": the in-process Secrets Manager double for @aws-sdk/client-secrets-manager.
export { Emulator, type EmulatorOptions, type EmulatorSnapshot, type WireRequest, type WireResponse } from "../emulator/emulator.ts";
export { createSecretsManagerDouble, type SecretsManagerDouble, type SecretsManagerDoubleOptions } from "./double.ts";
export { EmulatorRequestHandler, type SdkHttpRequest, type SdkHttpResponse } from "./request-handler.ts";
