import type * as Y from 'yjs';

/** The root of an item's `review` document naming the people who acted in it, by user id. */
export const ROOT_PEOPLE = 'people';

/** Someone who acted in a review: the id decisions and status moves carry, and the name to show. */
export interface ReviewPerson {
  userId: string;
  name: string;
}

/**
 * Records the name of someone acting in the review (decisions and status moves carry only a user
 * id), writing nothing when it is already known; join it to the transaction of the act.
 */
export function notePerson(doc: Y.Doc, person: ReviewPerson, origin: unknown): void {
  const people = doc.getMap<string>(ROOT_PEOPLE);
  if (person.userId.length === 0 || people.get(person.userId) === person.name) return;
  doc.transact(() => people.set(person.userId, person.name), origin);
}

/** The names of the people who acted in the review, by user id. */
export function readPeople(doc: Y.Doc): ReadonlyMap<string, string> {
  const people = new Map<string, string>();
  for (const [userId, name] of doc.getMap<unknown>(ROOT_PEOPLE).entries()) {
    if (typeof name === 'string') people.set(userId, name);
  }
  return people;
}
