import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHtml } from "../core/html.js";
import { midpoint, stanceChart } from "./chart.js";

test("a partial date is drawn at the middle of its period", () => {
  assert.equal(midpoint("2023-02-10").toISOString().slice(0, 10), "2023-02-10");
  assert.equal(midpoint("2018-11").toISOString().slice(0, 10), "2018-11-15");
  assert.equal(midpoint("2018").toISOString().slice(0, 10), "2018-07-01");
});

test("the SVG: one link per mark, filled when dated to the day, lane labels escaped, no inline style", () => {
  const lanes = [{ key: "a", label: `<script>alert("lane")</script>` }, { key: "b", label: "Dmitry Peskov (RU)" }];
  const mark = (lane: string, date: string, precision: "day" | "year", n: number) => ({
    lane, date, precision, stance: "closed" as const, href: `/documents/d_1#s_${n}`, title: `said "<img onerror=x>" ${n}`,
  });
  const marks = [mark("a", "2023-02-10", "day", 1), mark("a", "2023-02-10", "day", 2), mark("b", "2019", "year", 3), mark("zz", "2020", "year", 4)];
  const shifts = [{ lane: "b", date: "2022-03", title: "open → closed" }];
  const svg = parseHtml(stanceChart({ lanes, marks, shifts, ariaLabel: "test" }).value).querySelector("svg");
  const links = [...svg.querySelectorAll("a")];
  assert.deepEqual(links.map((a: any) => a.getAttribute("href")), ["/documents/d_1#s_1", "/documents/d_1#s_2", "/documents/d_1#s_3"], "marks outside every lane are left out");
  const [c1, c2, c3] = links.map((a: any) => a.querySelector("circle"));
  assert.notEqual(c1.getAttribute("cy"), c2.getAttribute("cy"), "two statements on the same day both show");
  assert.equal(c3.closest("g").getAttribute("fill"), "white", "a year-precise date is a ring");
  assert.equal(c1.getAttribute("fill"), "#d7191c", "a day-precise date is filled in its stance colour");
  assert.equal(svg.querySelectorAll("style").length, 0);
  assert.equal(svg.querySelectorAll("script").length, 0);
  assert.ok(svg.textContent.includes(`<script>alert("lane")</script>`.slice(0, 29)));
  assert.equal(svg.querySelectorAll("line, path").length > 0, true);
  assert.ok([...svg.querySelectorAll("title")].some((t: any) => t.textContent === "open → closed"), "the shift is drawn with its title");
});

test("a shift's bar is drawn over the marks, as tall as its lane, just before the first mark of the new stance", () => {
  const lanes = [{ key: "a", label: "A" }, { key: "b", label: "B" }];
  const marks = ["2023-02-10", "2024-02-10", "2024-02-10"].map((date, n) => ({
    lane: "a", date, precision: "day" as const, stance: n ? ("open" as const) : ("closed" as const), href: `/documents/d_1#s_${n}`, title: String(n),
  }));
  const svg = parseHtml(stanceChart({ lanes, marks, shifts: [{ lane: "a", date: "2024-02-10", title: "closed → open" }], ariaLabel: "t" }).value).querySelector("svg");
  const groups = [...svg.children].filter((g: any) => g.tagName.toLowerCase() === "g");
  const bar = svg.querySelector("g.shift");
  assert.ok(bar, "the shift has its own class");
  assert.ok(groups.indexOf(bar) > groups.findIndex((g: any) => g.querySelector("circle")), "drawn after, so over, the marks");
  const line = bar.querySelector("line");
  const [, dx] = /translate\((-?[\d.]+),/.exec(bar.getAttribute("transform"))!;
  const after = [...svg.querySelectorAll("circle")].filter((c: any) => c.querySelector("title").textContent !== "0");
  const x = Number(line.getAttribute("x1")) + Number(dx);
  for (const c of after) {
    assert.equal(Number(c.getAttribute("cx")), Number(line.getAttribute("x1")), "at the date of the new stance");
    assert.ok(Number(c.getAttribute("cx")) - Number(c.getAttribute("r")) > x + 1, "left of its marks, not over them");
  }
  const spans = [...svg.querySelectorAll("circle")].map((c: any) => Number(c.getAttribute("cy")));
  const [y1, y2] = [Number(line.getAttribute("y1")), Number(line.getAttribute("y2"))];
  assert.ok(y1 < Math.min(...spans) - 4 && y2 > Math.max(...spans) + 4, "taller than the marks of the lane");
});
