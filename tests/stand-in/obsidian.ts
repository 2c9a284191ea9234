/**
 * The stand-in for the `obsidian` module: what tests get for
 * `import … from "obsidian"` (vitest alias) and what the e2e harness serves to
 * the release main.js through its require shim. See README.md for how
 * faithful each part is and what is not modelled.
 */
import "./dom";

export { App } from "./app";
export type { ViewCreator } from "./app";
export { Component } from "./component";
export { Events } from "./events";
export type { EventRef } from "./events";
export { Scope, Keymap } from "./scope";
export type { KeymapEventHandler, KeymapEventListener, KeymapContext, Modifier } from "./scope";
export { TAbstractFile, TFile, TFolder, Vault } from "./vault";
export type { DataWriteOptions, FileStats, Stat, ListedFiles } from "./vault";
export { normalizePath, getLinkpath, parseLinktext } from "./paths";
export { MetadataCache, getAllTags } from "./metadata";
export type { CachedMetadata, HeadingCache, ReferenceCache as LinkCache, ReferenceCache as EmbedCache, ListItemCache, SectionCache, TagCache, Pos, Loc, ReferenceCache, BlockCache } from "./metadata";
export { FileManager } from "./filemanager";
export { parseYaml, stringifyYaml, getFrontMatterInfo, parseFrontMatterAliases, parseFrontMatterEntry, parseFrontMatterStringArray, parseFrontMatterTags } from "./frontmatter";
export { MarkdownRenderer, MarkdownRenderChild, MarkdownPreviewRenderer } from "./markdown";
export type { MarkdownPostProcessor, MarkdownPostProcessorContext, MarkdownSectionInformation } from "./markdown";
export { Editor, editorInfoField, editorLivePreviewField, editorEditorField, editorViewField, livePreviewState } from "./editor";
export type { EditorPosition, EditorRange, EditorChange, EditorTransaction, MarkdownFileInfo } from "./editor";
export { View, ItemView, FileView, EditableFileView, TextFileView, MarkdownView, MarkdownPreviewView, MarkdownEditView } from "./views";
export type { ViewStateResult, MarkdownViewModeType } from "./views";
export {
	Workspace,
	WorkspaceLeaf,
	WorkspaceItem,
	WorkspaceParent,
	WorkspaceSplit,
	WorkspaceRoot,
	WorkspaceTabs,
	WorkspaceSidedock,
	WorkspaceRibbon,
	Tasks,
	WorkspaceSplit as WorkspaceContainer,
	WorkspaceSplit as WorkspaceFloating,
	WorkspaceSplit as WorkspaceWindow,
	WorkspaceSidedock as WorkspaceMobileDrawer,
} from "./workspace";
export type { ViewState, OpenViewState, PaneType, SplitDirection, Side } from "./workspace";
export {
	Notice,
	Modal,
	Setting,
	SettingTab,
	PluginSettingTab,
	BaseComponent,
	ValueComponent,
	ButtonComponent,
	ExtraButtonComponent,
	ToggleComponent,
	AbstractTextComponent,
	TextComponent,
	TextAreaComponent,
	SearchComponent,
	MomentFormatComponent,
	DropdownComponent,
	SliderComponent,
	ColorComponent,
	ProgressBarComponent,
	SuggestModal,
	FuzzySuggestModal,
	PopoverSuggest,
	AbstractInputSuggest,
	Menu,
	MenuItem,
	MenuSeparator,
	prepareFuzzySearch,
	prepareSimpleSearch,
	renderMatches,
	renderResults,
	sortSearchResults,
} from "./ui";
export type { FuzzyMatch, Instruction, SearchResult } from "./ui";
export { setIcon, getIcon, addIcon, removeIcon, getIconIds, setTooltip, displayTooltip } from "./icons";
export { Plugin } from "./plugin";
export type { Command, Hotkey, PluginManifest } from "./plugin-types";
export {
	Platform,
	apiVersion,
	getLanguage,
	requireApiVersion,
	requestUrl,
	request,
	debounce,
	arrayBufferToBase64,
	base64ToArrayBuffer,
	arrayBufferToHex,
	hexToArrayBuffer,
	getBlobArrayBuffer,
} from "./platform";
export type { Debouncer, RequestUrlParam, RequestUrlResponse, RequestUrlResponsePromise } from "./platform";
export {
	stripHeading,
	stripHeadingForLink,
	resolveSubpath,
	iterateRefs,
	iterateCacheRefs,
	EditorSuggest,
	PopoverState,
	HoverPopover,
	FileSystemAdapter,
	CapacitorAdapter,
	htmlToMarkdown,
	sanitizeHTMLToDom,
	renderMath,
	finishRenderMath,
	loadMathJax,
	loadMermaid,
	loadPdfJs,
	loadPrism,
	moment,
} from "./misc";
