import type { HtmlDocument } from "../core/html.js";
import type { HtmlFacts } from "../core/types.js";
import { pageNotices, type PageFacts } from "./copyright.js";
import { flattenJsonLd, parseJsonLd } from "./json-ld.js";
import { stampElements } from "./stamp-elements.js";
import { MICRODATA_TEXT_MAX_CHARS } from "./tuning.js";

// What an HTML page states about itself outside the body. Read-only: HTML cleaning runs on the same DOM
// afterwards, so nothing here may move, remove or rewrite a node.

const squash = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, " ").trim();

/** Meta keys a tag declares: name, property, itemprop and http-equiv can all name the same value. */
const KEY_ATTRIBUTES = ["name", "property", "itemprop", "http-equiv"];

function collectMeta(document: HtmlDocument): Record<string, string[]> {
  const meta: Record<string, string[]> = {};
  const add = (key: string, value: string): void => {
    (meta[key] ??= []).push(value);
  };
  for (const el of document.querySelectorAll("meta")) {
    const content = el.getAttribute("content");
    if (content === null || content === undefined) continue;
    const value = squash(content);
    for (const attr of KEY_ATTRIBUTES) {
      const key = el.getAttribute(attr);
      if (key) add(key.trim().toLowerCase(), value);
    }
  }
  // Microdata on other elements (<span itemprop="datePublished" content="…">, <div itemprop="datePublished">
  // 20.06.2019</div>) states the same facts; its value is read as the microdata spec reads it.
  for (const el of document.querySelectorAll("[itemprop]")) {
    if (el.tagName?.toLowerCase() === "meta" || el.hasAttribute("itemscope")) continue;
    const value = microdataValue(el);
    if (value) for (const key of String(el.getAttribute("itemprop")).trim().toLowerCase().split(/\s+/)) add(key, value);
  }
  return meta;
}

/** A microdata property's value: `content`, else the attribute its element carries, else its short text. */
function microdataValue(el: HtmlDocument): string | null {
  const tag = String(el.tagName ?? "").toLowerCase();
  const attr = el.hasAttribute("content")
    ? "content"
    : tag === "time"
      ? "datetime"
      : ["a", "link", "area"].includes(tag)
        ? "href"
        : ["img", "audio", "video", "source", "iframe", "embed"].includes(tag)
          ? "src"
          : ["data", "meter"].includes(tag)
            ? "value"
            : null;
  if (attr && el.hasAttribute(attr)) return squash(el.getAttribute(attr)) || null;
  const text = squash(el.textContent);
  return text && text.length <= MICRODATA_TEXT_MAX_CHARS ? text : null;
}

function collectJsonLd(document: HtmlDocument): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const el of document.querySelectorAll("script")) {
    const type = String(el.getAttribute("type") ?? "").trim().toLowerCase();
    if (type !== "application/ld+json") continue;
    flattenJsonLd(parseJsonLd(el.textContent ?? ""), out);
  }
  return out;
}

/** Title tag, meta tags, JSON-LD, h1s, <time>s, language, canonical address, date-marked elements and the
 *  holders of the page's copyright lines. */
export function collectHtmlFacts(document: HtmlDocument): PageFacts {
  const title = document.querySelector("head title") ?? document.querySelector("title");
  const times: HtmlFacts["times"] = [];
  for (const el of document.querySelectorAll("time")) {
    // HTML attribute names are case-insensitive, but the DOM keeps "dateTime" as React pages write it
    times.push({ datetime: squash(el.getAttribute("datetime") ?? el.getAttribute("dateTime")), text: squash(el.textContent) });
  }
  const root = document.documentElement;
  const lang = squash(root?.getAttribute("lang") ?? root?.getAttribute("xml:lang"));
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
  return {
    titleTag: squash(title?.textContent) || null,
    meta: collectMeta(document),
    jsonLd: collectJsonLd(document),
    h1: [...document.querySelectorAll("h1")].map((el: HtmlDocument) => squash(el.textContent)).filter(Boolean),
    times,
    lang: lang || null,
    canonical: squash(canonical) || null,
    stamps: stampElements(document),
    notices: pageNotices(document),
  };
}
