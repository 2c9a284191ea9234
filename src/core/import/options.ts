/**
 * Import options and their defaults. All but `siblingProjects[].names` and
 * `localImages` (computed per run) are plain values the import modal can keep
 * in its settings as they are.
 */
import type { NoteNames } from "./names";

/** A Scrapbox heading level 1–6 for `#`…`######`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Another project imported alongside this one: root links into it become links to its notes. */
export interface SiblingProject {
	/** The project's name, as in `[/name/page]`. */
	project: string;
	/** The vault folder its notes are in. */
	folder: string;
	/** Its note names (`assignNoteNames` over its export); without them, sanitised titles are assumed. */
	names?: NoteNames;
}

export interface ImportOptions {
	/**
	 * Vault folder the notes go into, `/`-separated, no leading or trailing slash.
	 * Default: one folder per project, named after the project (or `Scrapbox` when
	 * the export does not name its project). `""` is the vault root.
	 */
	folder?: string;
	/** The project name, when the export does not carry it or it should be overridden. */
	project?: string;
	/** `#tag`: `tags` keeps it as an Obsidian tag when Obsidian accepts it as one (else a link); `links` always links. Default `tags`. */
	hashtags?: "tags" | "links";
	/** `[name.icon]`: `images` shows the page's icon as a small remote image; `links` links to the page. Default `images`. */
	icons?: "images" | "links";
	/** Projects imported too: root links `[/project/page]` into them become links to their notes. Default none. */
	siblingProjects?: SiblingProject[];
	/**
	 * `[** x]` size levels (stars → heading level) for lines that are only that
	 * decoration. Levels above the largest key take its heading; levels below the
	 * smallest stay bold. Default `{2: 3, 3: 2, 4: 1}`: `[** ]` → `###`,
	 * `[*** ]` → `##`, `[**** ]` and bigger → `#`. `{}` keeps every size bold.
	 */
	headingLevels?: Partial<Record<number, HeadingLevel>>;
	/** Write `^lineId` block ids on lines that `[page#lineId]` links point at (needs line ids in the export). Default true. */
	lineAnchors?: boolean;
	/** `created`/`updated` properties: `local` (Obsidian's own `2020-08-21T10:30:00`) or `utc` (`…Z`). Default `local`. */
	timeZone?: "local" | "utc";
	/** Image URL → vault path of a downloaded copy; converted images then point at the copy. */
	localImages?: ReadonlyMap<string, string>;
	/** File name of the Markdown import report inside the folder. Default `Scrapbox import report.md`. */
	reportName?: string;
}

export interface ResolvedOptions {
	folder: string;
	project: string | undefined;
	hashtags: "tags" | "links";
	icons: "images" | "links";
	siblingProjects: SiblingProject[];
	headingLevels: Partial<Record<number, HeadingLevel>>;
	lineAnchors: boolean;
	timeZone: "local" | "utc";
	localImages: ReadonlyMap<string, string> | undefined;
	reportName: string;
}

export const DEFAULT_HEADING_LEVELS: Readonly<Partial<Record<number, HeadingLevel>>> = { 2: 3, 3: 2, 4: 1 };
export const DEFAULT_REPORT_NAME = "Scrapbox import report.md";
/** Folder used when neither the options nor the export name the project. */
export const DEFAULT_FOLDER = "Scrapbox";
