/**
 * The time axis behind the pane, as plain numbers: the overview strip's
 * density histogram (buckets of days, weeks, months, years, decades or
 * centuries, the finest that fits), its tick labels, and the gaps of
 * proportional spacing. No DOM here, so every rule is unit-tested.
 *
 * Dates are day numbers (days since 1970-01-01, see `firstDayNumber`).
 */
import type { DateLanguage } from "../../core/dates";

export type BucketUnit = "day" | "week" | "month" | "year" | "decade" | "century";

const UNITS: BucketUnit[] = ["day", "week", "month", "year", "decade", "century"];

export interface Histogram {
	unit: BucketUnit;
	/** Events per bucket, oldest first; buckets are equally wide on the strip. */
	counts: number[];
	/** The largest count (at least 1), for scaling bars. */
	max: number;
	/** Bucket index of each input day, in input order. */
	bucketOf: number[];
	/** The first day of each bucket. */
	starts: number[];
}

const MS_PER_DAY = 86400000;

function civil(day: number): { year: number; month: number; day: number } {
	const d = new Date(day * MS_PER_DAY);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function dayOf(year: number, month = 1, day = 1): number {
	const d = new Date(Date.UTC(2000, month - 1, day));
	d.setUTCFullYear(year);
	return Math.floor(d.getTime() / MS_PER_DAY);
}

/** The index of `day`'s bucket counted from `first`'s bucket; `f` is `civil(first)`, worked out once per histogram. */
function bucketIndex(unit: BucketUnit, first: number, day: number, f = civil(first)): number {
	switch (unit) {
		case "day":
			return day - first;
		case "week":
			return Math.floor((day - first) / 7);
		case "month": {
			const b = civil(day);
			return b.year * 12 + b.month - (f.year * 12 + f.month);
		}
		case "year":
			return civil(day).year - f.year;
		case "decade":
			return Math.floor(civil(day).year / 10) - Math.floor(f.year / 10);
		case "century":
			return Math.floor(civil(day).year / 100) - Math.floor(f.year / 100);
	}
}

/** The first day of bucket `index`. */
function bucketStart(unit: BucketUnit, first: number, index: number): number {
	const f = civil(first);
	switch (unit) {
		case "day":
			return first + index;
		case "week":
			return first + index * 7;
		case "month": {
			const m = f.year * 12 + (f.month - 1) + index;
			return dayOf(Math.floor(m / 12), (m % 12) + 1);
		}
		case "year":
			return dayOf(f.year + index);
		case "decade":
			return dayOf((Math.floor(f.year / 10) + index) * 10);
		case "century":
			return dayOf((Math.floor(f.year / 100) + index) * 100);
	}
}

/**
 * Event density over time: the finest unit whose bucket count stays within
 * `maxBuckets`. `days` need not be sorted. No days give no buckets.
 */
export function histogram(days: readonly number[], maxBuckets = 72): Histogram {
	if (days.length === 0) return { unit: "day", counts: [], max: 1, bucketOf: [], starts: [] };
	let first = days[0];
	let last = days[0];
	for (const d of days) {
		if (d < first) first = d;
		if (d > last) last = d;
	}
	let unit: BucketUnit = "century";
	for (const u of UNITS) {
		if (bucketIndex(u, first, last) + 1 <= maxBuckets) {
			unit = u;
			break;
		}
	}
	const f = civil(first);
	const size = bucketIndex(unit, first, last, f) + 1;
	const counts = new Array<number>(size).fill(0);
	const bucketOf = days.map((d) => {
		const i = bucketIndex(unit, first, d, f);
		counts[i]++;
		return i;
	});
	const starts = counts.map((_, i) => bucketStart(unit, first, i));
	return { unit, counts, max: Math.max(1, ...counts), bucketOf, starts };
}

/** The bucket under a point of the strip, `fraction` 0–1 from its start. */
export function bucketAt(h: Histogram, fraction: number): number {
	if (h.counts.length === 0) return -1;
	const f = Math.min(1, Math.max(0, fraction));
	return Math.min(h.counts.length - 1, Math.floor(f * h.counts.length));
}

const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface Tick {
	bucket: number;
	label: string;
}

/**
 * Labels along the strip at the next coarser period than the buckets' (months
 * over days or weeks, years over months, decades over years, …). The first
 * bucket is labelled unless a period starts soon after it; no label sits
 * closer than `minSpacing` (a fraction of the strip) to the one before, or so
 * near the end that it would be cut off. The year is written out on the first
 * month label and wherever it changes. When the coarser periods give fewer
 * than two labels (a few decades within one century), buckets are labelled.
 */
export function ticks(h: Histogram, language: DateLanguage, minSpacing = 0.16): Tick[] {
	const n = h.counts.length;
	if (n === 0) return [];
	const candidates: number[] = [];
	for (let i = 0; i < n; i++) {
		if (i === 0) {
			candidates.push(0);
			continue;
		}
		const p = civil(h.starts[i]);
		const prev = civil(h.starts[i - 1]);
		let boundary: boolean;
		switch (h.unit) {
			case "day":
			case "week":
				boundary = prev.month !== p.month || prev.year !== p.year;
				break;
			case "month":
				boundary = prev.year !== p.year;
				break;
			case "year":
				boundary = p.year % 10 === 0;
				break;
			case "decade":
				boundary = p.year % 100 === 0;
				break;
			case "century":
				boundary = p.year % 1000 === 0;
				break;
		}
		if (boundary) candidates.push(i);
	}
	// Too few periods of the coarser unit (a century over a few decades): label the buckets themselves.
	const spaced = (list: number[]) => {
		let count = 0;
		let lastAt = -Infinity;
		for (const i of list) {
			if (i / n - lastAt >= minSpacing && (count === 0 || i / n <= 0.9)) {
				count++;
				lastAt = i / n;
			}
		}
		return count;
	};
	const byBucket = spaced(candidates) < 2 && h.unit !== "day" && h.unit !== "week";
	if (byBucket) {
		candidates.length = 0;
		for (let i = 0; i < n; i++) candidates.push(i);
	}
	// A partial first period gives way to a real period start close after it.
	else if (candidates.length > 1 && candidates[1] / n < minSpacing) candidates.shift();
	const out: Tick[] = [];
	let lastYear: number | null = null;
	let lastAt = -Infinity;
	for (const i of candidates) {
		const at = i / n;
		if (at - lastAt < minSpacing || (out.length > 0 && at > 0.9)) continue;
		const p = civil(h.starts[i]);
		let label: string;
		if (h.unit === "day" || h.unit === "week") {
			const withYear = lastYear !== p.year;
			label = language === "ja" ? (withYear ? `${p.year}年${p.month}月` : `${p.month}月`) : withYear ? `${MONTH_ABBR[p.month - 1]} ${p.year}` : MONTH_ABBR[p.month - 1];
		} else label = language === "ja" ? `${p.year}年` : String(p.year);
		lastYear = p.year;
		lastAt = at;
		out.push({ bucket: i, label });
	}
	return out;
}

export interface Gap {
	/** Extra space above the event, in pixels. */
	px: number;
	/** Days since the event before (0 for the first). */
	days: number;
	/** True when the gap was shortened to `maxPx`. */
	capped: boolean;
}

/**
 * Proportional spacing: the space above each event grows with the time since
 * the one before, scaled so the median gap is `medianPx`, and is capped at
 * `maxPx` (the pane marks capped gaps) so one long pause cannot push the rest
 * of a history out of reach. `days` must be sorted.
 */
export function proportionalGaps(days: readonly number[], medianPx = 28, maxPx = 160): Gap[] {
	const diffs: number[] = [];
	for (let i = 1; i < days.length; i++) if (days[i] > days[i - 1]) diffs.push(days[i] - days[i - 1]);
	diffs.sort((a, b) => a - b);
	// The lower median: with two gaps, the shorter sets the scale and the longer is capped.
	const median = diffs.length > 0 ? diffs[Math.floor((diffs.length - 1) / 2)] : 0;
	const perDay = median > 0 ? medianPx / median : 0;
	return days.map((d, i) => {
		const gap = i === 0 ? 0 : Math.max(0, d - days[i - 1]);
		const raw = Math.round(gap * perDay);
		return { px: Math.min(maxPx, raw), days: gap, capped: raw > maxPx };
	});
}

export type ElapsedUnit = "day" | "month" | "year";

/** A gap in days as a rounded count of days, months or years, for the label beside it. */
export function elapsed(days: number): { unit: ElapsedUnit; count: number } {
	if (days < 60) return { unit: "day", count: days };
	if (days < 730) return { unit: "month", count: Math.round(days / 30.44) };
	return { unit: "year", count: Math.round(days / 365.25) };
}

/** The index of the first of `sorted` days that is on or after `day` (sorted.length when none is). */
export function firstAtOrAfter(sorted: readonly number[], day: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] < day) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
