// `npm run test:e2e` (after the release build): bundles the harness page's
// script, then runs tests/e2e/**/*.e2e.test.ts in vitest with headless
// Chromium. See tests/e2e/README.md.
import { buildHarness } from "./build-harness.mjs";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const started = Date.now();

if (!existsSync(resolve(root, "main.js"))) {
	console.error("e2e: no main.js; run `node esbuild.config.mjs --production` first (npm run test:e2e does).");
	process.exit(1);
}
await buildHarness();
console.log(`e2e: harness built in ${Date.now() - started} ms`);

const vitest = resolve(root, "node_modules/vitest/vitest.mjs");
const result = spawnSync(process.execPath, [vitest, "run", "--config", "vitest.e2e.config.mjs", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
console.log(`e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(result.status ?? 1);
