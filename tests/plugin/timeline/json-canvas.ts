/**
 * A checker for JSON Canvas 1.0 (https://jsoncanvas.org/spec/1.0/), written
 * from the spec for these tests: it returns every problem it finds, so a test
 * can assert an empty list and see all failures at once. Shared by the unit
 * and end-to-end tests.
 */
const NODE_TYPES = new Set(["text", "file", "link", "group"]);
const SIDES = new Set(["top", "right", "bottom", "left"]);
const ENDS = new Set(["none", "arrow"]);
const BACKGROUND_STYLES = new Set(["cover", "ratio", "repeat"]);
/** A preset colour "1"–"6" or a hex colour. */
const COLOR = /^(?:[1-6]|#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6})$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Problems with `doc` as a JSON Canvas 1.0 document. `fileExists` is asked for
 * every file node's path (the spec's `file` is a path in the vault).
 */
export function jsonCanvasProblems(doc: unknown, fileExists: (path: string) => boolean): string[] {
	const problems: string[] = [];
	if (!isObject(doc)) return ["top level is not an object"];
	const nodes = doc.nodes ?? [];
	const edges = doc.edges ?? [];
	if (!Array.isArray(nodes)) problems.push("nodes is not an array");
	if (!Array.isArray(edges)) problems.push("edges is not an array");
	if (problems.length > 0) return problems;
	const ids = new Set<string>();
	const nodeIds = new Set<string>();
	const optionalString = (o: Json, key: string, where: string) => {
		if (key in o && typeof o[key] !== "string") problems.push(`${where}: ${key} is not a string`);
	};
	(nodes as unknown[]).forEach((node, i) => {
		const where = `node ${i}`;
		if (!isObject(node)) return void problems.push(`${where}: not an object`);
		if (typeof node.id !== "string" || node.id === "") problems.push(`${where}: id missing`);
		else {
			if (ids.has(node.id)) problems.push(`${where}: duplicate id ${node.id}`);
			ids.add(node.id);
			nodeIds.add(node.id);
		}
		if (typeof node.type !== "string" || !NODE_TYPES.has(node.type)) problems.push(`${where}: bad type ${String(node.type)}`);
		for (const key of ["x", "y", "width", "height"]) {
			if (!Number.isInteger(node[key])) problems.push(`${where}: ${key} is not an integer (${String(node[key])})`);
		}
		if ((node.width as number) <= 0 || (node.height as number) <= 0) problems.push(`${where}: size must be positive`);
		if ("color" in node && (typeof node.color !== "string" || !COLOR.test(node.color))) problems.push(`${where}: bad color`);
		switch (node.type) {
			case "text":
				if (typeof node.text !== "string") problems.push(`${where}: text node without text`);
				break;
			case "file":
				if (typeof node.file !== "string" || node.file === "") problems.push(`${where}: file node without file`);
				else if (!fileExists(node.file)) problems.push(`${where}: file ${node.file} does not exist`);
				if ("subpath" in node && (typeof node.subpath !== "string" || !node.subpath.startsWith("#"))) problems.push(`${where}: subpath must start with #`);
				break;
			case "link":
				if (typeof node.url !== "string") problems.push(`${where}: link node without url`);
				break;
			case "group":
				optionalString(node, "label", where);
				optionalString(node, "background", where);
				if ("backgroundStyle" in node && !BACKGROUND_STYLES.has(String(node.backgroundStyle))) problems.push(`${where}: bad backgroundStyle`);
				break;
		}
	});
	(edges as unknown[]).forEach((edge, i) => {
		const where = `edge ${i}`;
		if (!isObject(edge)) return void problems.push(`${where}: not an object`);
		if (typeof edge.id !== "string" || edge.id === "") problems.push(`${where}: id missing`);
		else {
			if (ids.has(edge.id)) problems.push(`${where}: duplicate id ${edge.id}`);
			ids.add(edge.id);
		}
		for (const key of ["fromNode", "toNode"]) {
			if (typeof edge[key] !== "string" || !nodeIds.has(edge[key])) problems.push(`${where}: ${key} does not name a node`);
		}
		for (const key of ["fromSide", "toSide"]) if (key in edge && !SIDES.has(String(edge[key]))) problems.push(`${where}: bad ${key}`);
		for (const key of ["fromEnd", "toEnd"]) if (key in edge && !ENDS.has(String(edge[key]))) problems.push(`${where}: bad ${key}`);
		if ("color" in edge && (typeof edge.color !== "string" || !COLOR.test(edge.color))) problems.push(`${where}: bad color`);
		optionalString(edge, "label", where);
	});
	return problems;
}
