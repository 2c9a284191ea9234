// The pane's time axis as numbers: histogram units, tick labels, proportional gaps.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dayNumber } from "../../../src/core/dates";
import { bucketAt, elapsed, firstAtOrAfter, histogram, proportionalGaps, ticks } from "../../../src/plugin/timeline/axis";

const day = (year: number, month = 1, d = 1) => dayNumber({ year, month, day: d });

describe("histogram", () => {
	it("picks the finest unit that fits", () => {
		expect(histogram([day(2023, 2, 24), day(2023, 4, 15)]).unit).toBe("day");
		expect(histogram([day(2023, 1, 1), day(2023, 12, 31)]).unit).toBe("week");
		expect(histogram([day(2020, 1, 1), day(2023, 12, 31)]).unit).toBe("month");
		expect(histogram([day(1900), day(1960)]).unit).toBe("year");
		expect(histogram([day(1500), day(2000)]).unit).toBe("decade");
		expect(histogram([day(-3000), day(2000)]).unit).toBe("century");
	});

	it("counts events per bucket, months by the calendar", () => {
		const h = histogram([day(2022, 1, 31), day(2022, 2, 1), day(2022, 2, 28), day(2024, 3, 1)]);
		expect(h.unit).toBe("month");
		expect(h.counts).toHaveLength(27);
		expect(h.counts.slice(0, 3)).toEqual([1, 2, 0]);
		expect(h.counts[26]).toBe(1);
		expect(h.bucketOf).toEqual([0, 1, 1, 26]);
		expect(h.max).toBe(2);
		expect(h.starts[1]).toBe(day(2022, 2, 1));
		expect(h.starts[12]).toBe(day(2023, 1, 1));
	});

	it("is empty for no events and maps the strip to buckets", () => {
		expect(histogram([]).counts).toEqual([]);
		expect(bucketAt(histogram([]), 0.5)).toBe(-1);
		const h = histogram([day(2023, 1, 1), day(2023, 1, 10)]);
		expect(h.counts).toHaveLength(10);
		expect(bucketAt(h, 0)).toBe(0);
		expect(bucketAt(h, 0.55)).toBe(5);
		expect(bucketAt(h, 1)).toBe(9);
		expect(bucketAt(h, 7)).toBe(9);
	});

	it("keeps every event in a bucket within the limit (property)", () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -800000, max: 200000 }), { minLength: 1, maxLength: 50 }), (days) => {
				const h = histogram(days, 72);
				expect(h.counts.length).toBeLessThanOrEqual(72);
				expect(h.counts.reduce((a, b) => a + b, 0)).toBe(days.length);
				days.forEach((d, i) => {
					const b = h.bucketOf[i];
					expect(h.starts[b]).toBeLessThanOrEqual(d);
					if (b + 1 < h.starts.length) expect(h.starts[b + 1]).toBeGreaterThan(d);
				});
			}),
		);
	});
});

describe("ticks", () => {
	it("labels months over days, with the year where it changes", () => {
		const h = histogram([day(2023, 2, 24), day(2023, 4, 15)]);
		// Feb 24 starts a partial month; March follows too closely, so March takes the year.
		expect(ticks(h, "en").map((t) => t.label)).toEqual(["Mar 2023", "Apr"]);
		expect(ticks(h, "ja").map((t) => t.label)).toEqual(["2023年3月", "4月"]);
		const long = histogram([day(2023, 1, 2), day(2023, 3, 10)]);
		expect(ticks(long, "en").map((t) => t.label)).toEqual(["Jan 2023", "Feb", "Mar"]);
	});

	it("labels years over months and decades over years, never crowded", () => {
		expect(ticks(histogram([day(2020, 3), day(2023, 6)]), "en").map((t) => t.label)).toEqual(["2020", "2021", "2022", "2023"]);
		// 1905 gives way to 1910; 1960 is too near the end to fit.
		expect(ticks(histogram([day(1905), day(1960)]), "en").map((t) => t.label)).toEqual(["1910", "1920", "1930", "1940", "1950"]);
		// Ten decades in one century: the decades themselves are labelled.
		expect(ticks(histogram([day(1900), day(1999, 12, 21)]), "en").map((t) => t.label)).toEqual(["1900", "1920", "1940", "1960", "1980"]);
		const crowded = ticks(histogram([day(2020, 1, 1), day(2020, 1, 1) + 65]), "en", 0.5);
		expect(crowded.length).toBeLessThanOrEqual(2);
	});
});

describe("proportional gaps", () => {
	it("scales the median gap and caps long ones", () => {
		const gaps = proportionalGaps([0, 10, 20, 30, 5000], 28, 160);
		expect(gaps.map((g) => g.px)).toEqual([0, 28, 28, 28, 160]);
		expect(gaps.map((g) => g.capped)).toEqual([false, false, false, false, true]);
		expect(gaps[4].days).toBe(4970);
	});

	it("gives no space between events on the same day", () => {
		expect(proportionalGaps([5, 5, 5]).map((g) => g.px)).toEqual([0, 0, 0]);
	});

	it("says elapsed time in days, months or years", () => {
		expect(elapsed(7)).toEqual({ unit: "day", count: 7 });
		expect(elapsed(90)).toEqual({ unit: "month", count: 3 });
		expect(elapsed(52884)).toEqual({ unit: "year", count: 145 });
	});
});

describe("firstAtOrAfter", () => {
	it("finds the first day on or after a target", () => {
		expect(firstAtOrAfter([1, 3, 3, 7], 3)).toBe(1);
		expect(firstAtOrAfter([1, 3, 3, 7], 4)).toBe(3);
		expect(firstAtOrAfter([1, 3, 3, 7], 8)).toBe(4);
		expect(firstAtOrAfter([], 8)).toBe(0);
	});
});
