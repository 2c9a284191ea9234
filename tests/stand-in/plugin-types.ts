/** Plain types shared by the plugin and the app registries. */
import type { Editor } from "./editor";
import type { MarkdownView } from "./views";

export type Modifier = "Mod" | "Ctrl" | "Meta" | "Shift" | "Alt";

export interface Hotkey {
	modifiers: Modifier[];
	key: string;
}

export interface Command {
	id: string;
	name: string;
	icon?: string;
	mobileOnly?: boolean;
	repeatable?: boolean;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: Editor, ctx: MarkdownView) => unknown;
	editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
	hotkeys?: Hotkey[];
}

export interface PluginManifest {
	dir?: string;
	id: string;
	name: string;
	author: string;
	version: string;
	minAppVersion: string;
	description: string;
	authorUrl?: string;
	isDesktopOnly?: boolean;
}
