/**
 * The workspace: a DOM layout shaped like Obsidian's (`.app-container >
 * .horizontal-main-container > .workspace` with a left ribbon, left and right
 * side docks and the root split, each holding `.workspace-tabs` of
 * `.workspace-leaf`s; `.status-bar` at the bottom), leaves and their views,
 * and the workspace events.
 *
 * `onLayoutReady` callbacks wait until the test or harness calls
 * `triggerLayoutReady()` (testing.ts `layoutReady(app)`), which first replays
 * `create` for every file, as Obsidian's vault load does for plugins that
 * listen from onload. Popout windows and deferred views are not modelled
 * (`'window'` opens a tab; leaves are never deferred).
 */
import type { App } from "./app";
import { Events } from "./events";
import { setIcon } from "./icons";
import { getLinkpath, parseLinktext } from "./paths";
import { debounce, type Debouncer } from "./platform";
import { EmptyView, FileView, MarkdownView, type View } from "./views";
import { TFile } from "./vault";

export type PaneType = "tab" | "split" | "window";
export type SplitDirection = "vertical" | "horizontal";
export type Side = "left" | "right";

export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
	pinned?: boolean;
	group?: WorkspaceLeaf;
}
export interface OpenViewState {
	state?: Record<string, unknown>;
	eState?: Record<string, unknown>;
	active?: boolean;
	group?: WorkspaceLeaf;
}

export abstract class WorkspaceItem extends Events {
	abstract parent: WorkspaceParent | null;
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
	getRoot(): WorkspaceItem {
		return this.parent ? this.parent.getRoot() : this;
	}
	getContainer(): WorkspaceParent {
		return this.getRoot() as WorkspaceParent;
	}
}

export abstract class WorkspaceParent extends WorkspaceItem {
	children: WorkspaceItem[] = [];
}

export class WorkspaceTabs extends WorkspaceParent {
	parent: WorkspaceParent;
	headerEl: HTMLElement;
	tabsContainerEl: HTMLElement;
	currentTab = 0;

	constructor(parent: WorkspaceParent) {
		super(createDiv({ cls: "workspace-tabs" }));
		this.parent = parent;
		this.headerEl = this.containerEl.createDiv({ cls: "workspace-tab-header-container" }).createDiv({ cls: "workspace-tab-header-container-inner" });
		this.tabsContainerEl = this.containerEl.createDiv({ cls: "workspace-tab-container" });
		parent.children.push(this);
		parent.containerEl.appendChild(this.containerEl);
	}

	/** Shows the tab at `index` and hides the others, as a tab group does. */
	selectTab(leaf: WorkspaceLeaf): void {
		this.currentTab = Math.max(0, this.children.indexOf(leaf));
		this.children.forEach((child, i) => {
			const l = child as WorkspaceLeaf;
			l.containerEl.toggle(i === this.currentTab);
			l.tabHeaderEl.toggleClass("is-active", i === this.currentTab);
		});
	}
}

export class WorkspaceSplit extends WorkspaceParent {
	parent: WorkspaceParent | null;
	constructor(parent: WorkspaceParent | null, containerEl: HTMLElement) {
		super(containerEl);
		this.parent = parent;
	}
}

export class WorkspaceRoot extends WorkspaceSplit {
	get win(): Window {
		return window;
	}
	get doc(): Document {
		return document;
	}
}

export class WorkspaceSidedock extends WorkspaceSplit {
	collapsed = false;
	toggle(): void {
		if (this.collapsed) this.expand();
		else this.collapse();
	}
	collapse(): void {
		this.collapsed = true;
		this.containerEl.addClass("is-sidedock-collapsed");
	}
	expand(): void {
		this.collapsed = false;
		this.containerEl.removeClass("is-sidedock-collapsed");
	}
}

export class WorkspaceRibbon {
	containerEl: HTMLElement;
	actionsEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		this.containerEl = containerEl;
		this.actionsEl = containerEl.createDiv({ cls: "side-dock-actions" });
	}
}

let leafCounter = 0;

export class WorkspaceLeaf extends WorkspaceItem {
	id: string;
	app: App;
	parent: WorkspaceTabs;
	view: View;
	tabHeaderEl: HTMLElement;
	pinned = false;
	group: string | null = null;
	private readonly tabTitleEl: HTMLElement;
	private readonly tabIconEl: HTMLElement;

	constructor(app: App, parent: WorkspaceTabs) {
		super(createDiv({ cls: "workspace-leaf" }));
		leafCounter += 1;
		this.id = `leaf-${leafCounter.toString(16)}`;
		this.app = app;
		this.parent = parent;
		parent.children.push(this);
		parent.tabsContainerEl.appendChild(this.containerEl);
		this.tabHeaderEl = parent.headerEl.createDiv({ cls: "workspace-tab-header", attr: { "data-type": "empty" } });
		const inner = this.tabHeaderEl.createDiv({ cls: "workspace-tab-header-inner" });
		this.tabIconEl = inner.createDiv({ cls: "workspace-tab-header-inner-icon" });
		this.tabTitleEl = inner.createDiv({ cls: "workspace-tab-header-inner-title" });
		this.tabHeaderEl.addEventListener("click", () => {
			this.parent.selectTab(this);
			this.app.workspace.setActiveLeaf(this, { focus: true });
		});
		this.view = new EmptyView(this);
		void this.view.open(this.containerEl);
		this.updateHeader();
		parent.selectTab(this);
	}

	get isDeferred(): boolean {
		return false;
	}
	async loadIfDeferred(): Promise<void> {
		// Leaves are never deferred in the stand-in.
	}

	private updateHeader(): void {
		this.tabHeaderEl.setAttribute("data-type", this.view.getViewType());
		this.tabHeaderEl.setAttribute("aria-label", this.view.getDisplayText());
		this.tabTitleEl.setText(this.view.getDisplayText());
		setIcon(this.tabIconEl, this.view.getIcon());
	}

	/** Replaces the view; the old one closes first. */
	async open(view: View): Promise<View> {
		const old = this.view;
		this.view = view;
		await old.close();
		await view.open(this.containerEl);
		this.updateHeader();
		this.app.workspace.trigger("layout-change");
		return view;
	}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
	}

	async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
		const workspace = this.app.workspace;
		if (this.view.getViewType() !== viewState.type) {
			const creator = this.app.viewRegistry.getViewCreatorByType(viewState.type);
			let next: View;
			if (creator) next = creator(this);
			else {
				const empty = new EmptyView(this);
				if (viewState.type !== "empty") empty.parked = { type: viewState.type, state: viewState.state };
				next = empty;
			}
			await this.open(next);
		}
		await this.view.setState(viewState.state ?? {}, { history: false });
		if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
		this.updateHeader();
		if (viewState.active) workspace.setActiveLeaf(this, { focus: true });
		if (eState) this.setEphemeralState(eState);
		workspace.requestSaveLayout();
	}

	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		const type = this.app.viewRegistry.getTypeByExtension(file.extension) ?? "markdown";
		await this.setViewState({ type, state: { ...(openState?.state ?? {}), file: file.path }, active: openState?.active ?? true }, openState?.eState);
		this.app.workspace.recordOpen(file);
		if (this.app.workspace.activeLeaf === this) this.app.workspace.noteFileOpen(file);
	}

	getEphemeralState(): unknown {
		return this.view.getEphemeralState();
	}
	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}
	togglePinned(): void {
		this.setPinned(!this.pinned);
	}
	setPinned(pinned: boolean): void {
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}
	setGroupMember(other: WorkspaceLeaf): void {
		this.setGroup(other.group ?? other.id);
		if (!other.group) other.setGroup(other.id);
	}
	setGroup(group: string): void {
		this.group = group;
		this.trigger("group-change", group);
	}
	detach(): void {
		const workspace = this.app.workspace;
		void this.view.close();
		this.containerEl.detach();
		this.tabHeaderEl.detach();
		this.parent.children.remove(this);
		if (this.parent.children.length > 0) this.parent.selectTab(this.parent.children[Math.min(this.parent.currentTab, this.parent.children.length - 1)] as WorkspaceLeaf);
		workspace.forgetLeaf(this);
		workspace.trigger("layout-change");
	}
	getIcon(): string {
		return this.view.getIcon();
	}
	getDisplayText(): string {
		return this.view.getDisplayText();
	}
	onResize(): void {
		this.view.onResize();
	}
}

/** Runs `quit` handlers' queued work (Obsidian's Tasks). */
export class Tasks {
	private readonly promises: Promise<unknown>[] = [];
	add(callback: () => Promise<unknown>): void {
		this.promises.push(callback());
	}
	addPromise(promise: Promise<unknown>): void {
		this.promises.push(promise);
	}
	isEmpty(): boolean {
		return this.promises.length === 0;
	}
	promise(): Promise<unknown> {
		return Promise.all(this.promises);
	}
}

export class Workspace extends Events {
	app: App;
	containerEl: HTMLElement;
	appContainerEl: HTMLElement;
	statusBarEl: HTMLElement;
	leftSplit: WorkspaceSidedock;
	rightSplit: WorkspaceSidedock;
	leftRibbon: WorkspaceRibbon;
	/** Deprecated in Obsidian. */
	rightRibbon: WorkspaceRibbon;
	rootSplit: WorkspaceRoot;
	activeLeaf: WorkspaceLeaf | null = null;
	layoutReady = false;
	requestSaveLayout: Debouncer<[], Promise<void>>;
	private readonly layoutReadyQueue: (() => unknown)[] = [];
	private readonly recent: WorkspaceLeaf[] = [];
	private readonly lastOpenFiles: string[] = [];
	private lastActiveFile: TFile | null = null;

	constructor(app: App) {
		super();
		this.app = app;
		this.appContainerEl = createDiv({ cls: "app-container" });
		const main = this.appContainerEl.createDiv({ cls: "horizontal-main-container" });
		this.containerEl = main.createDiv({ cls: "workspace" });
		this.leftRibbon = new WorkspaceRibbon(this.containerEl.createDiv({ cls: ["workspace-ribbon", "side-dock-ribbon", "mod-left"] }));
		this.rightRibbon = new WorkspaceRibbon(createDiv({ cls: ["workspace-ribbon", "side-dock-ribbon", "mod-right"] }));
		this.leftSplit = new WorkspaceSidedock(null, this.containerEl.createDiv({ cls: ["workspace-split", "mod-horizontal", "mod-sidedock", "mod-left-split"] }));
		this.rootSplit = new WorkspaceRoot(null, this.containerEl.createDiv({ cls: ["workspace-split", "mod-vertical", "mod-root"] }));
		this.rightSplit = new WorkspaceSidedock(null, this.containerEl.createDiv({ cls: ["workspace-split", "mod-horizontal", "mod-sidedock", "mod-right-split"] }));
		this.statusBarEl = this.appContainerEl.createDiv({ cls: "status-bar" });
		this.requestSaveLayout = debounce(async () => undefined, 2000);
		// The first empty tab in the main area, as a fresh vault has.
		const first = new WorkspaceLeaf(app, new WorkspaceTabs(this.rootSplit));
		this.activeLeaf = first;
		this.recent.push(first);
	}

	/** The active markdown editor, if any. */
	get activeEditor(): MarkdownView | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view : null;
	}

	onLayoutReady(callback: () => unknown): void {
		// Right away when the layout is ready, as the API documents.
		if (this.layoutReady) {
			void callback();
			return;
		}
		this.layoutReadyQueue.push(callback);
	}

	/** Stand-in: finish "startup": replay vault `create` events, then run the onLayoutReady queue. */
	async triggerLayoutReady(): Promise<void> {
		if (this.layoutReady) return;
		for (const file of this.app.vault.getAllLoadedFiles()) if (file.path !== "/") this.app.vault.trigger("create", file);
		this.app.metadataCache.trigger("resolved");
		this.layoutReady = true;
		for (const callback of this.layoutReadyQueue.splice(0)) await callback();
		this.trigger("layout-change");
	}

	changeLayout(_workspace: unknown): Promise<void> {
		return Promise.resolve();
	}
	getLayout(): Record<string, unknown> {
		const leaves: unknown[] = [];
		this.iterateAllLeaves((leaf) => leaves.push({ id: leaf.id, state: leaf.getViewState() }));
		return { leaves };
	}

	private rootTabs(): WorkspaceTabs {
		const active = this.activeLeaf;
		if (active && active.getRoot() === this.rootSplit) return active.parent;
		const first = this.rootSplit.children[0];
		return first instanceof WorkspaceTabs ? first : new WorkspaceTabs(this.rootSplit);
	}

	createLeafInParent(parent: WorkspaceParent, _index: number): WorkspaceLeaf {
		const tabs = parent instanceof WorkspaceTabs ? parent : new WorkspaceTabs(parent);
		return this.track(new WorkspaceLeaf(this.app, tabs));
	}

	createLeafBySplit(leaf: WorkspaceLeaf, direction: SplitDirection = "vertical", _before?: boolean): WorkspaceLeaf {
		const tabs = new WorkspaceTabs(leaf.parent.parent);
		tabs.containerEl.addClass(direction === "vertical" ? "mod-split-vertical" : "mod-split-horizontal");
		return this.track(new WorkspaceLeaf(this.app, tabs));
	}

	private track(leaf: WorkspaceLeaf): WorkspaceLeaf {
		this.trigger("layout-change");
		return leaf;
	}

	/** Deprecated in Obsidian. */
	splitActiveLeaf(direction?: SplitDirection): WorkspaceLeaf {
		return this.getLeaf("split", direction);
	}
	/** Deprecated in Obsidian. */
	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}

	getLeaf(newLeaf?: PaneType | boolean, direction?: SplitDirection): WorkspaceLeaf {
		if (newLeaf === "split") return this.createLeafBySplit(this.getMostRecentLeaf() ?? this.rootTabs().children[0] as WorkspaceLeaf, direction);
		if (newLeaf === true || newLeaf === "tab" || newLeaf === "window") return this.createLeafInParent(this.rootTabs(), -1);
		// An existing leaf that can be navigated: unpinned, showing a file view or nothing.
		const navigable = (leaf: WorkspaceLeaf): boolean => !leaf.pinned && (leaf.view.navigation || leaf.view instanceof EmptyView);
		const recent = this.getMostRecentLeaf();
		if (recent && navigable(recent)) return recent;
		let found: WorkspaceLeaf | null = null;
		this.iterateRootLeaves((leaf) => {
			if (!found && navigable(leaf)) found = leaf;
		});
		return found ?? this.createLeafInParent(this.rootTabs(), -1);
	}

	async duplicateLeaf(leaf: WorkspaceLeaf, leafType?: PaneType | boolean | SplitDirection, direction?: SplitDirection): Promise<WorkspaceLeaf> {
		const type = leafType === "vertical" || leafType === "horizontal" ? "split" : (leafType ?? "tab");
		const copy = this.getLeaf(type, leafType === "vertical" || leafType === "horizontal" ? leafType : direction);
		await copy.setViewState(leaf.getViewState());
		return copy;
	}

	moveLeafToPopout(_leaf: WorkspaceLeaf): never {
		throw new Error("Popout windows are not supported in the stand-in.");
	}
	openPopoutLeaf(): WorkspaceLeaf {
		return this.getLeaf("tab");
	}

	async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
		const { path, subpath } = parseLinktext(linktext);
		let file = path === "" ? this.app.vault.getFileByPath(sourcePath) : this.app.metadataCache.getFirstLinkpathDest(getLinkpath(path), sourcePath);
		if (!file) {
			// Following an unresolved link creates the note, as Obsidian does.
			const parent = this.app.fileManager.getNewFileParent(sourcePath);
			const name = path.endsWith(".md") ? path : `${path}.md`;
			file = await this.app.vault.create(parent.isRoot() ? name : `${parent.path}/${name}`, "");
		}
		const leaf = this.getLeaf(newLeaf);
		const eState = { ...(openViewState?.eState ?? {}), ...(subpath ? { subpath } : {}) };
		await leaf.openFile(file, { ...openViewState, eState });
	}

	setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean } | boolean, _focus?: boolean): void {
		const changed = this.activeLeaf !== leaf;
		this.activeLeaf = leaf;
		this.recent.remove(leaf);
		this.recent.push(leaf);
		leaf.parent.selectTab(leaf);
		for (const el of Array.from(this.containerEl.querySelectorAll(".workspace-leaf.mod-active"))) el.removeClass("mod-active");
		leaf.containerEl.addClass("mod-active");
		void params;
		if (!changed) return;
		this.trigger("active-leaf-change", leaf);
		const view = leaf.view;
		if (view instanceof FileView && view.file) this.noteFileOpen(view.file);
	}

	/** Fires `file-open` once per change of the active file. */
	noteFileOpen(file: TFile): void {
		if (file === this.lastActiveFile) return;
		this.lastActiveFile = file;
		this.trigger("file-open", file);
	}

	getLeafById(id: string): WorkspaceLeaf | null {
		let found: WorkspaceLeaf | null = null;
		this.iterateAllLeaves((leaf) => {
			if (leaf.id === id) found = leaf;
		});
		return found;
	}

	getGroupLeaves(group: string): WorkspaceLeaf[] {
		const out: WorkspaceLeaf[] = [];
		this.iterateAllLeaves((leaf) => {
			if (leaf.group === group) out.push(leaf);
		});
		return out;
	}

	getMostRecentLeaf(root: WorkspaceParent = this.rootSplit): WorkspaceLeaf | null {
		for (let i = this.recent.length - 1; i >= 0; i--) if (this.recent[i].getRoot() === root) return this.recent[i];
		return null;
	}

	private sideLeaf(side: WorkspaceSidedock, split: boolean): WorkspaceLeaf {
		const tabs = !split && side.children[0] instanceof WorkspaceTabs ? side.children[0] : new WorkspaceTabs(side);
		return this.track(new WorkspaceLeaf(this.app, tabs));
	}

	getLeftLeaf(split: boolean): WorkspaceLeaf | null {
		return this.sideLeaf(this.leftSplit, split);
	}

	getRightLeaf(split: boolean): WorkspaceLeaf | null {
		return this.sideLeaf(this.rightSplit, split);
	}

	async ensureSideLeaf(type: string, side: Side, options: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown } = {}): Promise<WorkspaceLeaf> {
		const dock = side === "left" ? this.leftSplit : this.rightSplit;
		let leaf = this.getLeavesOfType(type).find((l) => l.getRoot() === dock);
		if (!leaf) {
			leaf = this.sideLeaf(dock, options.split ?? false);
			await leaf.setViewState({ type, active: options.active, state: options.state as Record<string, unknown> | undefined });
		}
		if (options.reveal ?? true) await this.revealLeaf(leaf);
		if (options.active) this.setActiveLeaf(leaf, { focus: true });
		return leaf;
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof FileView) return view.file;
		return this.lastActiveFile;
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		this.iterate(this.rootSplit, callback);
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		this.iterate(this.leftSplit, callback);
		this.iterate(this.rootSplit, callback);
		this.iterate(this.rightSplit, callback);
	}

	private iterate(parent: WorkspaceParent, callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const child of parent.children.slice()) {
			if (child instanceof WorkspaceLeaf) callback(child);
			else if (child instanceof WorkspaceParent) this.iterate(child, callback);
		}
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		const out: WorkspaceLeaf[] = [];
		this.iterateAllLeaves((leaf) => {
			if (leaf.view.getViewType() === viewType) out.push(leaf);
		});
		return out;
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		const root = leaf.getRoot();
		if (root instanceof WorkspaceSidedock) root.expand();
		leaf.parent.selectTab(leaf);
	}

	getLastOpenFiles(): string[] {
		return this.lastOpenFiles.slice(0, 10);
	}

	/** Stand-in bookkeeping for getLastOpenFiles and getActiveFile. */
	recordOpen(file: TFile): void {
		this.lastOpenFiles.remove(file.path);
		this.lastOpenFiles.unshift(file.path);
	}

	/** Drops a detached leaf from the active and recent lists. */
	forgetLeaf(leaf: WorkspaceLeaf): void {
		this.recent.remove(leaf);
		if (this.activeLeaf === leaf) {
			this.activeLeaf = this.getMostRecentLeaf() ?? null;
			this.trigger("active-leaf-change", this.activeLeaf);
		}
		for (const parent of [this.leftSplit, this.rootSplit, this.rightSplit]) {
			for (const child of parent.children.slice()) {
				if (child instanceof WorkspaceTabs && child.children.length === 0 && !(parent === this.rootSplit && parent.children.length === 1)) {
					child.containerEl.detach();
					parent.children.remove(child);
				}
			}
		}
	}

	updateOptions(): void {
		this.iterateAllLeaves((leaf) => {
			if (leaf.view instanceof MarkdownView) leaf.view.reconfigureExtensions();
		});
	}

	/** Stand-in: fires `quit` and waits for the tasks handlers queued. */
	async quit(): Promise<void> {
		const tasks = new Tasks();
		this.trigger("quit", tasks);
		await tasks.promise();
	}
}
