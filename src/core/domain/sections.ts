// The top-level lists of a strategy: what their items are called, in the schema and in words.

export interface ListSection {
  /** The schema definition of one item (`#/definitions/post`). */
  definition: string;
  /** What one item is called in messages ("the post on 2027-01-04"). */
  noun: string;
  /** The outline's symbol kind for an item. */
  kind:
    | 'objective'
    | 'goal'
    | 'audience'
    | 'competitor'
    | 'platform'
    | 'post'
    | 'metric'
    | 'relationship'
    | 'engagement'
    | 'review';
}

export const LIST_SECTIONS: Readonly<Record<string, ListSection>> = {
  objectives: { definition: 'objective', noun: 'objective', kind: 'objective' },
  goals: { definition: 'goal', noun: 'goal', kind: 'goal' },
  audiences: { definition: 'audience', noun: 'audience', kind: 'audience' },
  competitors: { definition: 'competitor', noun: 'competitor', kind: 'competitor' },
  platforms: { definition: 'platform', noun: 'platform', kind: 'platform' },
  calendar: { definition: 'post', noun: 'post', kind: 'post' },
  metrics: { definition: 'metric', noun: 'metric', kind: 'metric' },
  relationships: { definition: 'relationship', noun: 'relationship', kind: 'relationship' },
  engagement: { definition: 'engagementRule', noun: 'engagement rule', kind: 'engagement' },
  reviews: { definition: 'review', noun: 'review', kind: 'review' },
};

export function listSection(name: unknown): ListSection | undefined {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(LIST_SECTIONS, name)
    ? LIST_SECTIONS[name]
    : undefined;
}
