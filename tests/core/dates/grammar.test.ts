import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isoRange, mayOpenDate, parseDateAtStart, parseDatedText, type Precision } from "../../../src/core/dates";

/** [input, ISO start, ISO end or null, precision, title after the separator] */
type Case = [string, string, string | null, Precision, string];

function check(cases: Case[]) {
	for (const [input, date, end, precision, title] of cases) {
		const got = parseDatedText(input);
		expect(got, input).not.toBeNull();
		if (!got) continue;
		expect({ ...isoRange(got.date), precision: got.date.precision, title: got.rest }, input).toEqual({ date, end, precision, title });
	}
}

describe("English dates", () => {
	it("reads a year before a capitalised month name and day, and day-month-year with dashes", () => {
		check([
			["2023 Feb 24 - Launch", "2023-02-24", null, "day", "Launch"],
			["2023 March 3rd 10:00 Leak", "2023-03-03", null, "day", "Leak"],
			["24-Feb-2023 Launch", "2023-02-24", null, "day", "Launch"],
			["2023 May 5 people came", "2023-05-05", null, "day", "people came"],
		]);
		// Without a day the month name may be a word; a lower-case one always is.
		expect(parseDateAtStart("2023 May be the year")).toMatchObject({ precision: "year" });
		expect(parseDateAtStart("2023 may 5 times")).toBeNull();
		expect(parseDateAtStart("31-Feb-2023 x")).toBeNull();
		expect(parseDateAtStart("24-Febx-2023")).toBeNull();
	});

	it("reads month names, full and abbreviated, with day, year and time", () => {
		check([
			["Feb 24, 2023 - [[LLaMA]] is launched", "2023-02-24", null, "day", "[[LLaMA]] is launched"],
			["March 3, 2023 - The weights leak", "2023-03-03", null, "day", "The weights leak"],
			["February 24, 2023 06:15 Morning call", "2023-02-24", null, "day", "Morning call"],
			["October 10, 1997: A paper appears", "1997-10-10", null, "day", "A paper appears"],
			["Sept. 5, 2022 — Term starts", "2022-09-05", null, "day", "Term starts"],
			["Feb. 24th, 2023 | Launch day", "2023-02-24", null, "day", "Launch day"],
			["February 24th 2023 launch", "2023-02-24", null, "day", "launch"],
			["24 Feb 2023 The release", "2023-02-24", null, "day", "The release"],
			["24th of February 2023: release", "2023-02-24", null, "day", "release"],
			["Sat, 24 Feb 2023 - A weekend", "2023-02-24", null, "day", "A weekend"],
			["Friday, February 24, 2023 - Weekday first", "2023-02-24", null, "day", "Weekday first"],
			["MARCH 3, 2023 - Shouted", "2023-03-03", null, "day", "Shouted"],
		]);
	});

	it("keeps the month when no day is stated", () => {
		check([
			["May 2023", "2023-05", null, "month", ""],
			["June 2013 - a coincidence", "2013-06", null, "month", "a coincidence"],
			["Dec, 2020: End of year", "2020-12", null, "month", "End of year"],
		]);
	});

	it("keeps the time apart from the precision", () => {
		const d = parseDateAtStart("February 24, 2023 06:15 call");
		expect(d?.precision).toBe("day");
		expect(d?.time).toBe("06:15");
		expect(parseDateAtStart("Feb 24, 2023, 6:15 pm: call")?.time).toBe("18:15");
		expect(parseDateAtStart("Feb 24, 2023, 12:05 am")?.time).toBe("00:05");
	});
});

describe("numeric dates", () => {
	it("reads /, - and . with one or two digits, optional weekday and time", () => {
		check([
			["2023/05/04 Talk given", "2023-05-04", null, "day", "Talk given"],
			["2008-5-13", "2008-05-13", null, "day", ""],
			["2010.03.30 - Released", "2010-03-30", null, "day", "Released"],
			["2023/8/9", "2023-08-09", null, "day", ""],
			["2020/02/14 08:53 Note", "2020-02-14", null, "day", "Note"],
			["2021/09/26(Sun) 14:00 〜 17:30 Meetup", "2021-09-26", null, "day", "Meetup"],
			["2023年2月24日（金）10:00 開場", "2023-02-24", null, "day", "開場"],
			["2023/02/24(Fri)9:30 Doors open", "2023-02-24", null, "day", "Doors open"],
			["2019-12-31T23:59:00Z log", "2019-12-31", null, "day", "log"],
			["2024-01-26追記", "2024-01-26", null, "day", "追記"],
			["2023-10-26: split from another page", "2023-10-26", null, "day", "split from another page"],
			["8/28/2023 Named", "2023-08-28", null, "day", "Named"],
			["28/8/2023 Named", "2023-08-28", null, "day", "Named"],
			["24.02.2023 Launch", "2023-02-24", null, "day", "Launch"],
			["2023/05 Trip", "2023-05", null, "month", "Trip"],
			["2023-05", "2023-05", null, "month", ""],
		]);
		const t = parseDateAtStart("2024-07-25 11:40-12:00 Slot");
		expect([t?.time, t?.endTime, t?.end]).toEqual(["11:40", "12:00", null]);
	});
});

describe("Japanese dates", () => {
	it("reads a weekday word, a 午前/午後 time and an open range as part of the date", () => {
		check([
			["2023年2月24日木曜日 発表", "2023-02-24", null, "day", "発表"],
			["2023年2月24日日本で発表", "2023-02-24", null, "day", "日本で発表"],
			["2023年2月24日午後3時 会見", "2023-02-24", null, "day", "会見"],
			["2023年2月24日 12時半 昼", "2023-02-24", null, "day", "昼"],
			["2023年3月3日から開催", "2023-03-03", null, "day", "開催"],
			["2023年3月3日〜 以降", "2023-03-03", null, "day", "以降"],
			["2023/03/03 - 5 things", "2023-03-03", null, "day", "5 things"],
		]);
		expect(parseDateAtStart("2023年2月24日午後3時半")?.time).toBe("15:30");
		expect(parseDateAtStart("2023年2月24日午前0時")?.time).toBe("00:00");
		expect(parseDateAtStart("2023年2月24日午後13時")?.time).toBeNull();
	});

	it("reads year, month and day marks, full-width digits and brackets", () => {
		check([
			["2023年2月24日 LLaMA公開", "2023-02-24", null, "day", "LLaMA公開"],
			["2023年2月", "2023-02", null, "month", ""],
			["1815年", "1815", null, "year", ""],
			["2013年10月1日発売", "2013-10-01", null, "day", "発売"],
			["２０２３年２月２４日（金）発表", "2023-02-24", null, "day", "発表"],
			["2023年 2月 24日：式典", "2023-02-24", null, "day", "式典"],
			["2023年2月24日(金) 10時30分 開始", "2023-02-24", null, "day", "開始"],
			["794年10月22日 遷都", "0794-10-22", null, "day", "遷都"],
			["2021年論文を読む", "2021", null, "year", "論文を読む"],
			["1733年に定理が見つかる", "1733", null, "year", "1733年に定理が見つかる"],
			["2014年と2015年に会う", "2014", null, "year", "2014年と2015年に会う"],
		]);
	});

	it("reads era notes and era years", () => {
		check([
			["1878年（明治11年） 7月15日 開業", "1878-07-15", null, "day", "開業"],
			["2004年（平成16年）7月 施行", "2004-07", null, "month", "施行"],
			["平成16年7月 施行", "2004-07", null, "month", "施行"],
			["平成16年（2004年）7月", "2004-07", null, "month", ""],
			["令和元年5月1日 改元", "2019-05-01", null, "day", "改元"],
			["昭和64年1月7日", "1989-01-07", null, "day", ""],
		]);
	});

	it("reads decades and fiscal years", () => {
		check([
			["1960年代 高度成長", "1960", null, "decade", "高度成長"],
			["1960s - Growth", "1960", null, "decade", "Growth"],
			["1960's: Growth", "1960", null, "decade", "Growth"],
			["2025年度 予算", "2025", null, "fiscal-year", "予算"],
			["令和3年度版", "2021", null, "fiscal-year", "版"],
			["FY2025 budget", "2025", null, "fiscal-year", "budget"],
		]);
	});
});

describe("bare years", () => {
	it("accepts a year alone, before a separator, a capitalised word, a link or non-Latin text", () => {
		check([
			["1985", "1985", null, "year", ""],
			["1985: A start", "1985", null, "year", "A start"],
			["1985 - A start", "1985", null, "year", "A start"],
			["1913 Henry Ford's line", "1913", null, "year", "Henry Ford's line"],
			["2002 [A link](https://example.org)", "2002", null, "year", "[A link](https://example.org)"],
			["1913 ヘンリー", "1913", null, "year", "ヘンリー"],
		]);
	});
});

describe("ranges", () => {
	it("reads ranges in every form, with the end at the start's precision", () => {
		check([
			["2025年7月17日(木)〜8月24日(日) 展示", "2025-07-17", "2025-08-24", "day", "展示"],
			["2025.9.13(Sat)-14(Sun) Festival", "2025-09-13", "2025-09-14", "day", "Festival"],
			["2023/05/04 - 2023/05/06 Trip", "2023-05-04", "2023-05-06", "day", "Trip"],
			["2026-02-18~19 Workshop", "2026-02-18", "2026-02-19", "day", "Workshop"],
			["2023年4月29日~5月31日: 初期", "2023-04-29", "2023-05-31", "day", "初期"],
			["2023年6月2日~5日 実験", "2023-06-02", "2023-06-05", "day", "実験"],
			["2023年12月28日〜2024年1月3日 休み", "2023-12-28", "2024-01-03", "day", "休み"],
			["2023年4月〜6月 四半期", "2023-04", "2023-06", "month", "四半期"],
			["March 3–5, 2023 Conference", "2023-03-03", "2023-03-05", "day", "Conference"],
			["Feb 24 - Mar 3, 2023: Launch week", "2023-02-24", "2023-03-03", "day", "Launch week"],
			["Dec 28 – Jan 3, 2024 Break", "2023-12-28", "2024-01-03", "day", "Break"],
			["Feb 24, 2023 – Mar 3, 2023 Window", "2023-02-24", "2023-03-03", "day", "Window"],
			["May–June 2023 Survey", "2023-05", "2023-06", "month", "Survey"],
			["May 2023 - June 2023 Survey", "2023-05", "2023-06", "month", "Survey"],
			["2013-2015: Expansion", "2013", "2015", "year", "Expansion"],
			["2023~2025年[[Listening]]", "2023", "2025", "year", "[[Listening]]"],
			["2015年から2030年の話", "2015", "2030", "year", "2015年から2030年の話"],
			["1980s-1990s. Growth", "1980", "1990", "decade", "Growth"],
			["1990年代〜2000年代 移行", "1990", "2000", "decade", "移行"],
		]);
	});

	it("drops an end that comes before the start, and a spaced number that is not a day", () => {
		check([
			["2023 - 2022 wrong way", "2023", null, "year", "2022 wrong way"],
			["2023/05/04 - 5 new models", "2023-05-04", null, "day", "5 new models"],
		]);
	});
});

describe("wrappers around the date", () => {
	it("looks through emphasis and links", () => {
		check([
			["**Feb 24, 2023** - Launch", "2023-02-24", null, "day", "Launch"],
			["[[2023-02-24]] Daily note", "2023-02-24", null, "day", "Daily note"],
			["[2023/02/24] A Scrapbox date page", "2023-02-24", null, "day", "A Scrapbox date page"],
			["[[2015]]-07-06 A linked year", "2015-07-06", null, "day", "A linked year"],
			["[* 2023年] 太字", "2023", null, "year", "太字"],
		]);
	});

	it("keeps a link whole when it holds more than the date", () => {
		check([
			["[[2024-11-17 Thinking notes]]", "2024-11-17", null, "day", "[[2024-11-17 Thinking notes]]"],
			["[2019-01-20 A post](https://example.org)", "2019-01-20", null, "day", "[2019-01-20 A post](https://example.org)"],
		]);
	});
});

describe("false friends", () => {
	const never = [
		"The next day, a lab releases a model.",
		"The day before this I drew a map.",
		"Today I learned something.",
		"Within a week it was everywhere.",
		"1,000 users signed up.",
		"2023 models are faster.",
		"1000 users",
		"1500 BC",
		"2048 GB of memory",
		"2023件の投稿",
		"1.13.1",
		"3.5",
		"2023.1 release",
		"GPT-4 arrives",
		"13B parameters",
		"03-1234-5678",
		"090-1234-5678",
		"0120-123-456",
		"1234-5678",
		"4/22",
		"7/25 16:50~17:20",
		"100 days ago",
		"100日前",
		"1年前",
		"300年間",
		"2014,15 was a busy time",
		"1: The first rule",
		"2. Step two",
		"6. Changes in perception",
		"4th Perspective",
		"Feb 30, 2023",
		"2023年2月30日",
		"2023/02/29",
		"2023/13/01",
		"May be later",
		"Mayor 2023",
		"March on",
		"Decided 2023",
		"March 3 - no year",
		"1961年代",
		"[2021/02/10.icon] icons",
		"01：41：11～01：50：55",
		"23:49",
		"",
		"   ",
		"[[LLaMA]] is launched",
		"昨日の話",
		"2023a",
		"2023-05-04abc",
	];
	it.each(never)("%j is not a date", (text) => {
		expect(parseDatedText(text)).toBeNull();
	});

	it("accepts a leap day only in a leap year", () => {
		expect(parseDateAtStart("2024/02/29")?.precision).toBe("day");
		expect(parseDateAtStart("2000-02-29")?.precision).toBe("day");
		expect(parseDateAtStart("1900-02-29")).toBeNull();
	});
});

describe("robustness", () => {
	it("never throws and is deterministic on any text", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), (s) => {
				const a = parseDatedText(s);
				const b = parseDatedText(s);
				expect(a).toEqual(b);
				if (a) {
					expect(a.date.length).toBeGreaterThan(0);
					expect(a.date.length).toBeLessThanOrEqual(s.length);
				}
			}),
			{ numRuns: 3000 },
		);
	});

	it("never throws on date-like noise and always gives a valid calendar date", () => {
		const piece = fc.constantFrom("2023", "1960", "02", "2", "31", "30", "年", "月", "日", "代", "度", "/", "-", ".", "~", "〜", " ", "(木)", "(Sat)", "s", "Feb", "March", ",", ":", "T", "12:00", "平成", "元", "（", "）", "[[", "]]", "**");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
				const d = parseDateAtStart(pieces.join(""));
				if (!d) return;
				for (const p of [d.start, d.end]) {
					if (!p) continue;
					if (p.month !== null) expect(p.month).toBeGreaterThanOrEqual(1);
					if (p.month !== null) expect(p.month).toBeLessThanOrEqual(12);
					if (p.day !== null) {
						const check = new Date(Date.UTC(2000, (p.month as number) - 1, p.day));
						check.setUTCFullYear(p.year);
						expect(check.getUTCDate()).toBe(p.day);
					}
				}
				if (d.precision !== "day") expect(d.start.day).toBeNull();
				if (d.precision === "year" || d.precision === "decade" || d.precision === "fiscal-year") expect(d.start.month).toBeNull();
			}),
			{ numRuns: 3000 },
		);
	});

	it("treats input that is not a string as no date", () => {
		expect(parseDateAtStart(undefined as unknown as string)).toBeNull();
		expect(parseDatedText(42 as unknown as string)).toBeNull();
	});
});

describe("the opening test before the grammar", () => {
	it("lets every form a date opens with through", () => {
		for (const text of ["Feb 24, 2023", "february 2023", "Sept. 2023", "MAY 2023", "Sat, 24 Feb 2023", "Thursday 2 March 2023", "FY2025", "2023/05/04", "２０２３年", "令和5年", "明治11年"]) {
			expect(mayOpenDate(text), text).toBe(true);
		}
	});

	it("stops ordinary words and link names early", () => {
		for (const text of ["The next day", "This release", "Since then", "Open Assistant", "LLaMA", "[[LLaMA]]"]) {
			expect(mayOpenDate(text), text).toBe(false);
		}
		// `Mar…` and `Aug…` open like a month name, so the grammar is asked, and says no.
		for (const text of ["Marco", "Augment"]) {
			expect(mayOpenDate(text), text).toBe(true);
			expect(parseDateAtStart(text), text).toBeNull();
		}
	});

	it("reads at an index", () => {
		expect(mayOpenDate("[[2023-02-24]]", 2)).toBe(true);
		expect(mayOpenDate("[[Vicuna]]", 2)).toBe(false);
	});
});
