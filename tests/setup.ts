// Loads the stand-in's DOM helpers (createEl, empty, setText, …) onto the
// prototypes, as Obsidian does before any plugin runs.
import "./stand-in/dom";

// Property tests run with a fixed seed, so CI on main is reproducible: a new
// counterexample is found on purpose (FC_SEED=random, or a number) and then
// fixed or recorded, not met by chance on a landing.
import fc from "fast-check";
const seedSetting = process.env.FC_SEED;
if (seedSetting !== "random") fc.configureGlobal({ seed: seedSetting ? Number(seedSetting) : 20261204 });
