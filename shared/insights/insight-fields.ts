/** The template fields insights read beyond the segments (keys of the default template). */

/** Dates that say when a customer was last active: the later of the two counts. */
export const ACTIVITY_FIELDS = ['lastContact', 'lastPurchaseDate'] as const;
export const FOLLOW_UP_FIELD = 'nextFollowUp';
export const SPEND_FIELD = 'totalSpend';
