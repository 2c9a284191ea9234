import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

/** Shared by the unit tests (`npm test`) and the corpus checks (`npm run conformance`). */
export const shared = {
	define: { SCRAPBOX_LENS_VERSION: JSON.stringify(version) },
	resolve: {
		// The `obsidian` package ships types only; the app supplies the module at run time.
		// Tests get a faithful stand-in instead (see tests/stand-in/README.md).
		alias: [{ find: /^obsidian$/, replacement: fileURLToPath(new URL("./tests/stand-in/obsidian.ts", import.meta.url)) }],
	},
};

export default defineConfig({
	...shared,
	test: {
		environment: "happy-dom",
		include: ["tests/**/*.test.ts"],
		exclude: ["tests/e2e/**", "tests/conformance/**", "node_modules/**"],
		setupFiles: ["tests/setup.ts"],
		testTimeout: 20000,
	},
});
