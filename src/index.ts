// The public surface: the pure core and the helpers for tests.
export * from "./core/index.ts";
export { Driver, arnSuffixFor, tokenFor, type DriverOptions } from "./testing/driver.ts";
