/**
 * Choosing a file in a way that works on desktop and on mobile: a temporary
 * `<input type=file>` attached to the page (iOS and Android only open their
 * pickers for an input that is in the document), clicked, and removed again
 * once a file is chosen, the picker is cancelled, or the caller gives up.
 */

export interface FileChooser {
	/** Resolves with the chosen file, or null when the picker was cancelled or the chooser disposed. */
	readonly chosen: Promise<File | null>;
	/** The temporary input (tests set its files). */
	readonly input: HTMLInputElement;
	/** Removes the input; a pending `chosen` resolves with null. */
	dispose(): void;
}

export function openFileChooser(doc: Document, accept: string): FileChooser {
	const input = doc.body.createEl("input", { type: "file", cls: "sbl-import-file-input", attr: { accept, "aria-hidden": "true", tabindex: "-1" } });
	let settle: (file: File | null) => void = () => undefined;
	const chosen = new Promise<File | null>((resolve) => (settle = resolve));
	const dispose = () => {
		input.remove();
		settle(null);
	};
	input.addEventListener("change", () => {
		const file = input.files && input.files.length > 0 ? input.files[0] : null;
		settle(file);
		input.remove();
	});
	// Browsers that report a dismissed picker (Chromium 113+, Safari 16.4+) free the input at once.
	input.addEventListener("cancel", dispose);
	input.click();
	return { chosen, input, dispose };
}

/** The file's bytes: `arrayBuffer()` where the platform has it, else through FileReader (older mobile WebViews). */
export async function fileBytes(file: File): Promise<Uint8Array> {
	if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
		reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
		reader.readAsArrayBuffer(file);
	});
}
