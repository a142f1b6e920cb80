/** Export for a CRM: layouts, name splitting, value conversion and the export plan. */
export {
  CRMS,
  CRM_OBJECTS,
  crmLayout,
  defaultObject,
  isCrmId,
  isCrmObject,
  objectsOf,
  type CrmColumn,
  type CrmId,
  type CrmLayout,
  type CrmObject,
} from './crm-layouts';
export {
  splitPersonName,
  joinPersonName,
  isChineseList,
  hanSurname,
  isPinyinSurname,
  type SplitName,
} from './split-name';
export { isOrganisationName } from '../normalise/organisation-name';
export { formatIsoDate, phoneLine, ValueConverter } from './convert-value';
export { splitParts, rowBytes } from './split-parts';
export { applyMapFile, mapFileSchema, type MapFile, type MapFileResult } from './map-file';
export {
  planExport,
  type ColumnReport,
  type ExportFile,
  type ExportOptions,
  type ExportPlan,
  type ExportReport,
} from './plan-export';
