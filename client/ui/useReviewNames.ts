import { useMemo } from 'react';
import type { ReviewSession } from '../review/ReviewSession.ts';

/** How the review page names layers and people. */
export interface ReviewNames {
  /** Whose a layer is: the annotator's name, `gold`, `final`; the layer itself when unknown. */
  whoOf: (layer: string) => string;
  colourOf: (layer: string) => string;
  /** A person's name by user id, from the review's people, the item's annotators and the user. */
  personOf: (userId: string) => string;
}

const UNKNOWN_COLOUR = '#9e9e9e';

/** Names for the layers and people of a review session, following the review's list of people. */
export function useReviewNames(
  session: ReviewSession,
  people: ReadonlyMap<string, string>,
): ReviewNames {
  return useMemo(() => {
    const layers = new Map(
      [...session.compared, ...(session.final ? [session.final] : [])].map((each) => [
        each.layer,
        each,
      ]),
    );
    const annotators = new Map(
      session.detail.assignments.map((each) => [each.userId, each.name || each.username]),
    );
    return {
      whoOf: (layer) => layers.get(layer)?.who ?? layer,
      colourOf: (layer) => layers.get(layer)?.colour ?? UNKNOWN_COLOUR,
      personOf: (userId) =>
        userId === session.user.id
          ? session.user.name
          : (people.get(userId) ?? annotators.get(userId) ?? `user ${userId}`),
    };
  }, [session, people]);
}
