/** Which server, as whom, and which item: the options every exchange command takes. */
export interface ServerTarget {
  url: URL;
  user: string;
  password: string;
  project: string;
  item: string;
}

/** The URL of an item's route on the target server, e.g. `…/items/clip-1/export`. */
export function itemRouteUrl(target: ServerTarget, action: 'export' | 'import'): URL {
  const path = `api/projects/${encodeURIComponent(target.project)}/items/${encodeURIComponent(target.item)}/${action}`;
  return new URL(path, target.url);
}
