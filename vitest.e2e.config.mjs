import { defineConfig } from "vitest/config";

// End-to-end tests: Node drives headless Chromium on the harness page
// (tests/e2e/README.md). Run through `npm run test:e2e`, which builds first.
export default defineConfig({
	test: {
		environment: "node",
		include: ["tests/e2e/**/*.e2e.test.ts"],
		testTimeout: 60000,
		hookTimeout: 60000,
		// Each file starts its own browser; two cores do not gain from running them at once.
		fileParallelism: false,
	},
});
