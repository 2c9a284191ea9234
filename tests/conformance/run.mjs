// `npm run conformance -- <corpus-dir>`: runs the corpus checks in
// tests/conformance/*.conformance.test.ts against a folder of real notes
// (the shared corpus by default). They print their figures as they go.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dir = resolve(process.argv[2] ?? resolve(root, "../shared/corpus"));
if (!existsSync(dir)) {
	console.log(`conformance: no corpus at ${dir}; nothing to check.`);
	process.exit(0);
}
const vitest = resolve(root, "node_modules/vitest/vitest.mjs");
const result = spawnSync(process.execPath, [vitest, "run", "--config", "vitest.conformance.config.ts", "--reporter", "verbose"], {
	cwd: root,
	stdio: "inherit",
	env: { ...process.env, SCRAPBOX_LENS_CORPUS: dir },
});
process.exit(result.status ?? 1);
