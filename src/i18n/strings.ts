/**
 * String tables are nested groups, so a key's shared prefix is written once
 * (a flat table repeats it for every string, in both languages, in main.js).
 * A key is the path of names joined by dots; the name "" is the group's own
 * string, for a key that is also the prefix of others (`x` beside `x.one`).
 */
export interface Strings {
	readonly [name: string]: string | Strings;
}

/** The same groups and names with any strings: a translation of a table. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

type Join<P extends string, K extends string> = P extends "" ? K : K extends "" ? P : `${P}.${K}`;

/** Every key of a table, as `group.name`. */
export type Keys<T, P extends string = ""> = {
	[K in keyof T & string]: T[K] extends string ? Join<P, K> : Keys<T[K], Join<P, K>>;
}[keyof T & string];

/** Adds a table's strings to `into`, under their dotted keys. */
export function flatten(table: Strings, into: Record<string, string>, prefix = ""): void {
	for (const name in table) {
		const value = table[name];
		const key = name === "" ? prefix : prefix ? `${prefix}.${name}` : name;
		if (typeof value === "string") into[key] = value;
		else flatten(value, into, key);
	}
}
