import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // The AWS SDK's documented switch for its "will require node >=22" warning on Node 20
    // (aws/aws-sdk-js-v3#7983). Child processes the tests spawn inherit it.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
