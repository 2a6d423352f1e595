import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      // `server-only` throws outside React Server Components; tests run lib/ directly.
      "server-only": path.join(root, "tests/support/server-only-stub.ts"),
      "@": root,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "components/**/*.test.ts",
            "scripts/**/*.test.ts",
            "eslint-rules/**/*.test.mjs",
          ],
          environment: "node",
          // Property tests generate many inputs; on a loaded 2-core CI machine the default 5 s
          // per test is a timing assertion in disguise. Tests never fail on timing here.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/support/integration-setup.ts"],
          // One database per run, shared by the files; files run one after another so that
          // row-count assertions and the SQLite writer lock stay predictable.
          fileParallelism: false,
          // Generous: some tests sweep thousands of rows; a slow machine must not fail them.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
