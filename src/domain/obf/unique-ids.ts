/**
 * Ids made unique as they are claimed: the first claim of an id keeps it, later ones get
 * `id-2`, `id-3`… (never an id claimed before), so a file that repeats an id loses nothing.
 */
export class UniqueIds {
  private readonly taken = new Set<string>();

  claim(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id); n += 1) id = `${wanted}-${n}`;
    this.taken.add(id);
    return id;
  }
}
