/**
 * Every UI string, the command line's included: for the command line and the
 * tests. The plugin imports ./ui, which leaves the command line's out of main.js.
 */
import { cli as english } from "./en/cli";
import { cli as japanese } from "./ja/cli";
import { addStrings } from "./ui";

export * from "./ui";

addStrings([english], [japanese]);
