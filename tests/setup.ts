// Loads the stand-in's DOM helpers (createEl, empty, setText, …) onto the
// prototypes, as Obsidian does before any plugin runs.
import "./stand-in/dom";
