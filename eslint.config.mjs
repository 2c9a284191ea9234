// Lint: eslint-plugin-obsidianmd's recommended rules (the official review rules),
// plus the project's layering: src/core is pure (no `obsidian`, no Node, no DOM
// globals beyond what it is handed), the plugin never reaches into the CLI.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import tseslint from "typescript-eslint";
import globals from "globals";
import { PlainTextParser } from "eslint-plugin-obsidianmd/dist/lib/plainTextParser.js";

const nodeBuiltins = ["fs", "path", "os", "child_process", "url", "util", "crypto", "stream", "zlib", "worker_threads"];

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "artifacts/", "coverage/", "examples/", "tmp/", "tests/e2e/harness/build/"]),
	...obsidianmd.configs.recommendedWithLocalesEn,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
			globals: { SCRAPBOX_LENS_VERSION: "readonly" },
		},
		rules: {
			// getSettingDefinitions() arrived in Obsidian 1.13; minAppVersion is 1.8.7, so display() it is.
			"obsidianmd/settings-tab/prefer-setting-definitions": "off",
			"obsidianmd/ui/sentence-case": ["error", { brands: ["Scrapbox", "Cosense", "Scrapbox Lens", "Obsidian", "DeepL", "Gyazo", "Markdown", "JSON Canvas"], enforceCamelCaseLower: true }],
			"obsidianmd/ui/sentence-case-locale-module": ["error", { brands: ["Scrapbox", "Cosense", "Scrapbox Lens", "Obsidian", "DeepL", "Gyazo", "Markdown", "JSON Canvas"] }],
		},
	},
	{
		// The design names `builtin-modules` for the build's externals list.
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { presets: ["native", "microutilities", "preferred"], allowed: ["builtin-modules"] }] },
	},
	{
		// The pure core: shared by the plugin, the command line and tests.
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "src/core is pure: Obsidian glue belongs in src/plugin." }],
					patterns: [
						{ group: ["node:*", ...nodeBuiltins], message: "src/core runs on mobile too: no Node modules." },
						{ group: ["**/plugin/**", "**/cli/**", "**/i18n/**"], message: "src/core depends on nothing above it." },
					],
				},
			],
			"no-restricted-globals": ["error", "document", "window", "activeDocument", "activeWindow", "process", "require"],
		},
	},
	{
		// Obsidian glue: never the Node command line.
		files: ["main.ts", "src/plugin/**/*.ts"],
		rules: {
			"no-restricted-imports": ["error", { patterns: [{ group: ["**/cli/**"], message: "The plugin must not load the Node command line." }] }],
		},
	},
	{
		// Node-side code: the command line, tests, benchmarks and scripts.
		files: ["src/cli/**/*.ts", "tests/**/*.{ts,mjs}", "bench/**/*.{ts,mjs}", "scripts/**/*.mjs", "*.config.{mjs,ts}", "tests/**/*.mjs"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/ui/sentence-case": "off",
			"import/no-extraneous-dependencies": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"no-restricted-globals": "off",
			"obsidianmd/rule-custom-message": "off",
			"obsidianmd/hardcoded-config-path": "off",
		},
	},
	{
		// Plain Node scripts (build, bench and test runners) are not part of the TypeScript project.
		files: ["**/*.mjs"],
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: { parserOptions: { projectService: false, project: null }, globals: { ...globals.node } },
		rules: { "obsidianmd/no-nodejs-modules": "off", "obsidianmd/rule-custom-message": "off", "import/no-extraneous-dependencies": "off", "obsidianmd/prefer-window-timers": "off", "no-restricted-globals": "off" },
	},
	{
		// The Obsidian stand-in imitates the app itself, so app-author rules do not fit it.
		files: ["tests/stand-in/**/*.ts", "tests/e2e/**/*.{ts,mjs}"],
		rules: {
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/no-static-styles-assignment": "off",
			"@microsoft/sdl/no-inner-html": "off",
			"no-unsanitized/property": "off",
			"no-unsanitized/method": "off",
			"obsidianmd/no-forbidden-elements": "off",
			"obsidianmd/prefer-instanceof": "off",
			"@typescript-eslint/no-unsafe-declaration-merging": "off",
		},
	},
	{
		// manifest.json is validated by the review rule, which reads it through the TypeScript parser.
		files: ["manifest.json"],
		languageOptions: { parser: tseslint.parser, parserOptions: { project: null, projectService: false } },
		plugins: { obsidianmd },
		rules: { "obsidianmd/validate-manifest": "error" },
	},
	{
		files: ["LICENSE"],
		languageOptions: { parser: PlainTextParser },
		plugins: { obsidianmd },
		rules: { "obsidianmd/validate-license": "error" },
	},
]);
