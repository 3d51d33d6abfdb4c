// Reading a paged store listing to the end, for the link pass's small per-document reads.

/** Every row of a paged listing. */
export async function allPages<T>(page: (after: string | undefined) => Promise<{ rows: T[]; next: string | null }>): Promise<T[]> {
  const out: T[] = [];
  let after: string | undefined;
  do {
    const p = await page(after);
    out.push(...p.rows);
    after = p.next ?? undefined;
  } while (after);
  return out;
}
