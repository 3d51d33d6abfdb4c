import type { Folder } from "./pack-names.js";
import type { Pack, PackOffice } from "./pack-types.js";

// Title text to office: "Russian President", "Japan's Prime Minister", and with a known country
// the bare "Prime Minister". A side's demonym or possessive before a context title also works, so
// "Japanese premier" finds the Japanese prime minister without listing every combination.

export type OfficeFinder = (title: string, country?: string) => PackOffice[];

export function officeFinder(pack: Pack, fold: Folder): OfficeFinder {
  const plain = new Map<string, PackOffice[]>();
  const context = new Map<string, PackOffice[]>(); // key: country + " " + folded title
  const add = (map: Map<string, PackOffice[]>, key: string, office: PackOffice): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(office)) list.push(office);
    map.set(key, list);
  };
  for (const office of pack.offices) {
    for (const t of [office.title, ...office.aliases]) add(plain, fold(t), office);
    for (const t of office.contextAliases ?? []) add(context, `${office.country} ${fold(t)}`, office);
  }
  // Words that mark a title as a side's: "russian", "russias" (Russia's), "russia".
  const markers = pack.sides.flatMap((side) =>
    [...side.demonyms, ...side.names.map((n) => `${n}'s`), ...side.names].map((m) => ({ side: side.id, key: fold(m) })),
  );
  markers.sort((a, b) => b.key.length - a.key.length);

  return (title, country) => {
    const key = fold(title);
    if (key === "") return [];
    const direct = plain.get(key);
    if (direct) return direct;
    if (country) {
      const local = context.get(`${country} ${key}`);
      if (local) return local;
    }
    for (const m of markers) {
      if (!key.startsWith(`${m.key} `)) continue;
      const rest = key.slice(m.key.length + 1);
      const found = context.get(`${m.side} ${rest}`) ?? (plain.get(rest) ?? []).filter((o) => o.country === m.side);
      if (found.length > 0) return found;
    }
    return [];
  };
}
