/**
 * Which module registers each worker role (see workers.ts). A worker starts
 * the CLI's own file again and loads only its role's module, not the command
 * line or the other commands: a worker that classifies notes loads the
 * classifier and little else.
 */
const modules: Record<string, () => Promise<unknown>> = {
	import: async () => {
		// The import worker's errors reach the user: in their language.
		await setLanguageFromEnvironment();
		return import("./import/worker");
	},
	scan: () => import("./commands/scan-work"),
};

/** Loads the module that registers `role`; nothing for an unknown role (runWorkerRole then reports it). */
export async function loadWorkerRole(role: string | undefined): Promise<void> {
	const load = role !== undefined && Object.prototype.hasOwnProperty.call(modules, role) ? modules[role] : undefined;
	if (load) await load();
}

/** The CLI's language, from LC_ALL, LC_MESSAGES or LANG. */
export async function setLanguageFromEnvironment(): Promise<void> {
	const { languageFromCode, setLanguage } = await import("../i18n");
	setLanguage(languageFromCode(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG));
}
