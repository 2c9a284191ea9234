/** The `scrapbox-lens` executable (built to dist/cli.js). Node only; never bundled into the plugin. */
import { runCli } from "./run";
import { languageFromCode, setLanguage } from "../i18n";

setLanguage(languageFromCode(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG));

const code = await runCli(process.argv.slice(2), {
	cwd: process.cwd(),
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r${text}\x1b[K`) : undefined,
});
process.exitCode = code;
