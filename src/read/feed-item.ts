// One RSS <item> or Atom <entry>, as XML text, → a page with the fields the feed states.
import { XMLParser } from "fast-xml-parser";
import type { Given, ReadItem } from "../core/types.js";

// Content elements are kept raw (stop nodes): Atom xhtml content is markup, and CDATA vs escaped HTML
// is undone by xmlText() below rather than by the parser's object mapping.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: ["*.content", "*.content:encoded", "*.description", "*.summary"],
});

type Node = Record<string, unknown>;

/** RSS 2.0 / RSS 1.0 item or Atom entry → page; `outlet` is the channel's title. */
export function feedItem(xml: string, source: string, outlet: string | undefined): ReadItem {
  let parsed: Node;
  try {
    parsed = parser.parse(xml) as Node;
  } catch (err) {
    return { failure: { source, reason: `feed item is not well-formed XML (${(err as Error).message}); skipped` } };
  }
  const atom = "entry" in parsed;
  const root = (atom ? parsed.entry : parsed.item) as Node | undefined;
  if (!root || typeof root !== "object") return { failure: { source, reason: "feed item without any fields; skipped" } };
  const content = atom ? atomContent(root) : rssContent(root);
  const url = atom ? atomLink(root) : text(root.link) ?? permalinkGuid(root);
  const given: Given = {};
  const title = text(root.title);
  if (title) given.title = xmlText(title);
  const published = text(root.pubDate) ?? text(root["dc:date"]) ?? text(root.published) ?? text(root.updated);
  if (published) given.published = published;
  const authors = names(atom ? root.author : (root["dc:creator"] ?? root.author));
  if (authors.length > 0) given.authors = authors;
  if (outlet) given.outlet = outlet;
  if (!content) {
    const where = url ? ` (${url})` : "";
    return { failure: { source, reason: `feed item has no content, only a link${where}; fetch the page and read it as HTML` } };
  }
  return {
    page: { source, url: url ?? null, kind: content.kind, body: Buffer.from(content.body, "utf8"), charset: "utf-8", crawledAt: null, given },
  };
}

function rssContent(item: Node): { body: string; kind: "html" } | null {
  const raw = text(item["content:encoded"]) ?? text(item.description);
  const body = raw ? xmlText(raw).trim() : "";
  return body ? { body, kind: "html" } : null;
}

function atomContent(entry: Node): { body: string; kind: "html" | "text" } | null {
  for (const key of ["content", "summary"]) {
    const node = entry[key];
    const raw = text(node);
    if (!raw) continue;
    const type = (attr(node, "type") ?? "text").toLowerCase();
    // xhtml content is live markup; html is escaped (or CDATA) markup; text is text.
    const body = type === "xhtml" ? raw.trim() : xmlText(raw).trim();
    if (body) return { body, kind: type === "text" ? "text" : "html" };
  }
  return null;
}

function atomLink(entry: Node): string | undefined {
  const links = ([] as unknown[]).concat(entry.link ?? []);
  const alternate = links.find((l) => (attr(l, "rel") ?? "alternate") === "alternate") ?? links[0];
  return attr(alternate, "href") ?? text(alternate);
}

function permalinkGuid(item: Node): string | undefined {
  const guid = item.guid;
  const value = text(guid);
  return value && attr(guid, "isPermaLink") !== "false" && /^https?:\/\//.test(value) ? value : undefined;
}

/** The text of an element, whether the parser gave a string or an object with #text. */
function text(node: unknown): string | undefined {
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === "string") return node.trim() || undefined;
  if (node && typeof node === "object") return text((node as Node)["#text"]);
  return undefined;
}

function attr(node: unknown, name: string): string | undefined {
  return node && typeof node === "object" && !Array.isArray(node) ? (node as Node)[`@_${name}`] as string | undefined : undefined;
}

/** Author elements: strings, Atom <author><name>, or several of either. */
function names(node: unknown): string[] {
  const list = ([] as unknown[]).concat(node ?? []);
  return list.map((n) => (n && typeof n === "object" && "name" in (n as Node) ? text((n as Node).name) : text(n)) ?? "").filter((s) => s.length > 0);
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Raw XML character data → text: CDATA sections kept verbatim, entities outside them resolved. */
export function xmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith("<![CDATA[")
        ? part.slice(9, -3)
        : part.replace(ENTITY, (m, dec: string, hex: string, named: string) => {
            if (named) return NAMED[named]!;
            const code = dec ? Number(dec) : parseInt(hex, 16);
            return code <= 0x10ffff ? String.fromCodePoint(code) : m;
          }),
    )
    .join("");
}
