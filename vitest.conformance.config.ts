import { defineConfig } from "vitest/config";
import { shared } from "./vitest.config";

// Corpus checks: same environment as the unit tests, different files.
export default defineConfig({
	...shared,
	test: {
		environment: "happy-dom",
		include: ["tests/conformance/**/*.conformance.test.ts"],
		setupFiles: ["tests/setup.ts"],
		testTimeout: 300000,
	},
});
