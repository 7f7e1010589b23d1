/**
 * brat standoff ⇄ Marginalia annotations: import (bratImport.ts), export (bratExport.ts), what an
 * import does not give back (bratLosses.ts) and the type mapping (bratTypes.ts).
 */
export { importBrat, externalIdOf, type BratImport, type BratProblem } from './bratImport';
export { exportBrat, speakerSpan, type BratExport, type BratExportProblem } from './bratExport';
export { bratLosses, describeLosses, type BratLoss } from './bratLosses';
export { actorTypeOfBrat, bratTypeOf, exportedTypeOf, isEntityType } from './bratTypes';
