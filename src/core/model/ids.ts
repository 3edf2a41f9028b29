// Branded ids: the strings that are easy to mix up get distinct types at the
// point where input is validated.
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type SecretArn = Brand<string, "SecretArn">;
export type SecretName = Brand<string, "SecretName">;
export type VersionId = Brand<string, "VersionId">;
export type StagingLabel = Brand<string, "StagingLabel">;

export const AWSCURRENT = "AWSCURRENT" as StagingLabel;
export const AWSPREVIOUS = "AWSPREVIOUS" as StagingLabel;
export const AWSPENDING = "AWSPENDING" as StagingLabel;
