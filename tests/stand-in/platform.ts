/**
 * Module-level settings of the app that tests can change: Platform flags,
 * the UI language, and a fake network behind requestUrl (no handler means
 * every request fails with a clear error, so no test touches the network).
 * Also debounce and small utilities with Obsidian's semantics.
 */

export const apiVersion = "1.8.7";

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};
export type PlatformFlags = typeof Platform;
const defaultPlatform: PlatformFlags = { ...Platform };

/** Changes Platform flags in place (the object plugins imported is the same one). */
export function setPlatform(flags: Partial<PlatformFlags>): void {
	Object.assign(Platform, flags);
}

export function resetPlatform(): void {
	Object.assign(Platform, defaultPlatform);
}

let language = "en";

/** Obsidian's UI language code; `en` unless a test sets another. */
export function getLanguage(): string {
	return language;
}

export function setLanguage(code: string): void {
	language = code;
}

function compareVersions(a: string, b: string): number {
	const pa = a.split(".").map(Number);
	const pb = b.split(".").map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

export function requireApiVersion(version: string): boolean {
	return compareVersions(apiVersion, version) >= 0;
}

// ---------------------------------------------------------------- requestUrl

export interface RequestUrlParam {
	url: string;
	method?: string;
	contentType?: string;
	body?: string | ArrayBuffer;
	headers?: Record<string, string>;
	throw?: boolean;
}
export interface RequestUrlResponse {
	status: number;
	headers: Record<string, string>;
	arrayBuffer: ArrayBuffer;
	json: unknown;
	text: string;
}
export interface RequestUrlResponsePromise extends Promise<RequestUrlResponse> {
	arrayBuffer: Promise<ArrayBuffer>;
	json: Promise<unknown>;
	text: Promise<string>;
}
/** What a test's handler returns: a body as text, JSON or bytes. */
export interface FakeResponse {
	status?: number;
	headers?: Record<string, string>;
	text?: string;
	json?: unknown;
	arrayBuffer?: ArrayBuffer;
}
export type RequestHandler = (request: RequestUrlParam) => FakeResponse | Promise<FakeResponse>;

let handler: RequestHandler | null = null;
/** Every request made, for tests to inspect. */
export const requestLog: RequestUrlParam[] = [];

export function setRequestHandler(next: RequestHandler | null): void {
	handler = next;
}

async function perform(param: RequestUrlParam): Promise<RequestUrlResponse> {
	requestLog.push(param);
	if (!handler) throw new Error(`requestUrl: the stand-in has no network. Install a handler with setRequestHandler() to answer ${param.method ?? "GET"} ${param.url}`);
	const fake = await handler(param);
	const status = fake.status ?? 200;
	let text = fake.text;
	let buffer = fake.arrayBuffer;
	if (text === undefined && fake.json !== undefined) text = JSON.stringify(fake.json);
	if (text === undefined && buffer) text = new TextDecoder().decode(buffer);
	text ??= "";
	buffer ??= new TextEncoder().encode(text).buffer;
	const response: RequestUrlResponse = {
		status,
		headers: fake.headers ?? {},
		arrayBuffer: buffer,
		text,
		get json(): unknown {
			return JSON.parse(text) as unknown;
		},
	};
	if (status >= 400 && param.throw !== false) {
		const error = new Error(`Request failed, status ${status}`) as Error & { status: number; headers: Record<string, string> };
		error.status = status;
		error.headers = response.headers;
		throw error;
	}
	return response;
}

export function requestUrl(request: RequestUrlParam | string): RequestUrlResponsePromise {
	const param = typeof request === "string" ? { url: request } : request;
	const promise = perform(param) as RequestUrlResponsePromise;
	void Object.defineProperty(promise, "arrayBuffer", { get: () => promise.then((r) => r.arrayBuffer) });
	void Object.defineProperty(promise, "json", { get: () => promise.then((r) => r.json) });
	void Object.defineProperty(promise, "text", { get: () => promise.then((r) => r.text) });
	return promise;
}

export function request(request: RequestUrlParam | string): Promise<string> {
	return requestUrl(request).then((r) => r.text);
}

// ---------------------------------------------------------------- debounce

export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

/**
 * Calls `cb` once `timeout` ms after the first call of a burst (or after the
 * last one when `resetTimer`), with the latest arguments.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastArgs: T | null = null;
	const fire = (): V | void => {
		timer = null;
		if (!lastArgs) return;
		const args = lastArgs;
		lastArgs = null;
		return cb(...args);
	};
	const debounced = function (this: unknown, ...args: [...T]) {
		lastArgs = args;
		if (timer !== null && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = setTimeout(fire, timeout);
		return debounced;
	} as Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return debounced;
	};
	debounced.run = () => {
		if (timer === null) return undefined;
		clearTimeout(timer);
		return fire();
	};
	return debounced;
}

// ---------------------------------------------------------------- bytes

export function arrayBufferToBase64(buffer: ArrayBuffer): string {
	let binary = "";
	for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
	return btoa(binary);
}

export function base64ToArrayBuffer(base64: string): ArrayBuffer {
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes.buffer;
}

export function arrayBufferToHex(data: ArrayBuffer): string {
	return Array.from(new Uint8Array(data), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function hexToArrayBuffer(hex: string): ArrayBuffer {
	const bytes = new Uint8Array(hex.length / 2);
	for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
	return bytes.buffer;
}

export async function getBlobArrayBuffer(blob: Blob): Promise<ArrayBuffer> {
	return blob.arrayBuffer();
}
