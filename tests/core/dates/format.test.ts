import { describe, expect, it } from "vitest";
import {
	compareDates,
	dayNumber,
	firstDayNumber,
	formatDate,
	formatDatePoint,
	isoDate,
	lastDayNumber,
	parseDateAtStart,
	type DateMatch,
} from "../../../src/core/dates";

function d(text: string): DateMatch {
	const m = parseDateAtStart(text);
	if (!m) throw new Error(`not a date: ${text}`);
	return m;
}

describe("ISO at the stated precision", () => {
	it("writes year, month, day, decade and fiscal year", () => {
		expect(isoDate({ year: 2023, month: 3, day: 3 }, "day")).toBe("2023-03-03");
		expect(isoDate({ year: 2023, month: 3, day: null }, "month")).toBe("2023-03");
		expect(isoDate({ year: 2023, month: null, day: null }, "year")).toBe("2023");
		expect(isoDate({ year: 1960, month: null, day: null }, "decade")).toBe("1960");
		expect(isoDate({ year: 2025, month: null, day: null }, "fiscal-year")).toBe("2025");
		expect(isoDate({ year: 794, month: 10, day: 22 }, "day")).toBe("0794-10-22");
	});
});

describe("display", () => {
	it("shows English at its own precision", () => {
		expect(formatDate(d("2023"), "en")).toBe("2023");
		expect(formatDate(d("2023年3月"), "en")).toBe("Mar 2023");
		expect(formatDate(d("March 3, 2023"), "en")).toBe("Mar 3, 2023");
		expect(formatDate(d("1960年代"), "en")).toBe("1960s");
		expect(formatDate(d("2025年度"), "en")).toBe("FY2025");
	});

	it("shows Japanese at its own precision", () => {
		expect(formatDate(d("2023"), "ja")).toBe("2023年");
		expect(formatDate(d("May 2023"), "ja")).toBe("2023年5月");
		expect(formatDate(d("March 3, 2023"), "ja")).toBe("2023年3月3日");
		expect(formatDate(d("1960s"), "ja")).toBe("1960年代");
		expect(formatDate(d("FY2025"), "ja")).toBe("2025年度");
	});

	it("shows ranges compactly within a year and fully across years", () => {
		expect(formatDate(d("2025年7月17日(木)〜8月24日(日)"), "ja")).toBe("2025年7月17日〜8月24日");
		expect(formatDate(d("2025.9.13(Sat)-14(Sun)"), "en")).toBe("Sep 13 – 14, 2025");
		expect(formatDate(d("2025年7月17日〜8月24日"), "en")).toBe("Jul 17 – Aug 24, 2025");
		expect(formatDate(d("Dec 28 – Jan 3, 2024"), "en")).toBe("Dec 28, 2023 – Jan 3, 2024");
		expect(formatDate(d("2013-2015"), "en")).toBe("2013 – 2015");
		expect(formatDate(d("2013-2015"), "ja")).toBe("2013年〜2015年");
	});

	it("adds the time only when asked", () => {
		expect(formatDate(d("2020/02/14 08:53"), "en")).toBe("Feb 14, 2020");
		expect(formatDate(d("2020/02/14 08:53"), "en", { time: true })).toBe("Feb 14, 2020 08:53");
		expect(formatDatePoint({ year: 2020, month: 2, day: 14 }, "month", "en")).toBe("Feb 2020");
	});
});

describe("order and axis", () => {
	it("sorts coarser dates before the finer dates they contain, then by time", () => {
		const texts = ["Mar 3, 2023", "2023", "2023年3月", "1960s", "2022/12/31", "2023/03/03 09:00", "2023/03/03 08:00", "2023/01/01"];
		const sorted = texts.map(d).sort(compareDates).map((m) => formatDate(m, "en", { time: true }));
		expect(sorted).toEqual(["1960s", "Dec 31, 2022", "2023", "Jan 1, 2023", "Mar 2023", "Mar 3, 2023", "Mar 3, 2023 08:00", "Mar 3, 2023 09:00"]);
	});

	it("puts the shorter range first when starts are equal", () => {
		expect(compareDates(d("2023/05/04"), d("2023/05/04 - 2023/05/06"))).toBeLessThan(0);
		expect(compareDates(d("2023/05/04 - 2023/05/05"), d("2023/05/04 - 2023/05/06"))).toBeLessThan(0);
	});

	it("gives day numbers for a proportional axis", () => {
		expect(dayNumber({ year: 1970, month: 1, day: 2 })).toBe(1);
		expect(dayNumber({ year: 2023, month: null, day: null })).toBe(dayNumber({ year: 2023, month: 1, day: 1 }));
		expect(lastDayNumber(d("2023年2月")) - firstDayNumber(d("2023年2月"))).toBe(27);
		expect(lastDayNumber(d("2024")) - firstDayNumber(d("2024"))).toBe(365);
		expect(firstDayNumber(d("2025年度"))).toBe(dayNumber({ year: 2025, month: 4, day: 1 }));
		expect(lastDayNumber(d("2025年7月17日〜8月24日"))).toBe(dayNumber({ year: 2025, month: 8, day: 24 }));
		expect(dayNumber({ year: 794, month: 1, day: 1 })).toBeLessThan(dayNumber({ year: 1000, month: 1, day: 1 }));
	});
});
