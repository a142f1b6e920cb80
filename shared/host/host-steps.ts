/**
 * The steps of reading a sheet and applying a plan, in the words the sidebar shows
 * ("While <step>: …"). Every host names its failures with these, so users see one vocabulary.
 */
export const HOST_STEPS = {
  read: 'reading the sheet',
  prepare: 'preparing the changes',
  sheets: 'writing helper sheets',
  insertRows: 'inserting rows',
  edits: 'writing cell values',
  deleteRows: 'deleting rows',
  numberFormats: 'applying number formats',
  validations: 'applying data validation',
  required: 'highlighting required columns',
  freezeRows: 'freezing the header row',
  filter: 'adding the filter',
  meta: "saving Custodian's settings",
  select: 'selecting a cell',
  environment: 'reading your language setting',
} as const;
export type HostStep = (typeof HOST_STEPS)[keyof typeof HOST_STEPS];
